-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('pending', 'approved', 'rejected', 'removed');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationType" ADD VALUE 'review_invitation';
ALTER TYPE "NotificationType" ADD VALUE 'review_moderated';

-- AlterTable
ALTER TABLE "reviews" ADD COLUMN     "helpfulCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "moderatedAt" TIMESTAMPTZ(3),
ADD COLUMN     "moderatedById" UUID,
ADD COLUMN     "moderationReason" TEXT,
ADD COLUMN     "status" "ReviewStatus" NOT NULL DEFAULT 'pending';

-- CreateTable
CREATE TABLE "review_reports" (
    "id" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "reporterId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),
    "resolvedById" UUID,

    CONSTRAINT "review_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_helpful_votes" (
    "reviewId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_helpful_votes_pkey" PRIMARY KEY ("reviewId","userId")
);

-- CreateIndex
CREATE INDEX "review_reports_resolvedAt_createdAt_idx" ON "review_reports"("resolvedAt", "createdAt");

-- CreateIndex
CREATE INDEX "review_reports_reporterId_idx" ON "review_reports"("reporterId");

-- CreateIndex
CREATE INDEX "review_reports_resolvedById_idx" ON "review_reports"("resolvedById");

-- CreateIndex
CREATE UNIQUE INDEX "review_reports_reviewId_reporterId_key" ON "review_reports"("reviewId", "reporterId");

-- CreateIndex
CREATE INDEX "review_helpful_votes_userId_idx" ON "review_helpful_votes"("userId");

-- CreateIndex
CREATE INDEX "reviews_moderatedById_idx" ON "reviews"("moderatedById");

-- CreateIndex
CREATE INDEX "reviews_status_createdAt_idx" ON "reviews"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_moderatedById_fkey" FOREIGN KEY ("moderatedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_reports" ADD CONSTRAINT "review_reports_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_reports" ADD CONSTRAINT "review_reports_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_reports" ADD CONSTRAINT "review_reports_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_helpful_votes" ADD CONSTRAINT "review_helpful_votes_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_helpful_votes" ADD CONSTRAINT "review_helpful_votes_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Reviews the demo seed (or anyone) approved before moderation had a status are published ones
UPDATE "reviews" SET "status" = 'approved', "moderatedAt" = "updatedAt" WHERE "isApproved";

-- Published is one fact: isApproved is true exactly when the moderation status is "approved"
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_status_check" CHECK ("isApproved" = ("status" = 'approved'));
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_text_check"
  CHECK (char_length("comment") <= 2000 AND char_length("responseText") <= 2000
         AND char_length("moderationReason") <= 500 AND "helpfulCount" >= 0
         AND ("responseText" IS NULL) = ("respondedAt" IS NULL));
ALTER TABLE "review_reports" ADD CONSTRAINT "review_reports_reason_check"
  CHECK (char_length("reason") BETWEEN 1 AND 500);
