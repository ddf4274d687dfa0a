-- CreateTable
CREATE TABLE "verification_documents" (
    "id" UUID NOT NULL,
    "ownerUserId" UUID NOT NULL,
    "doctorId" UUID,
    "hospitalId" UUID,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verification_documents_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "verification_documents_storageKey_key" ON "verification_documents"("storageKey");

-- CreateIndex
CREATE INDEX "verification_documents_ownerUserId_idx" ON "verification_documents"("ownerUserId");

-- CreateIndex
CREATE INDEX "verification_documents_doctorId_uploadedAt_idx" ON "verification_documents"("doctorId", "uploadedAt");

-- CreateIndex
CREATE INDEX "verification_documents_hospitalId_uploadedAt_idx" ON "verification_documents"("hospitalId", "uploadedAt");

-- AddForeignKey
ALTER TABLE "verification_documents" ADD CONSTRAINT "verification_documents_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_documents" ADD CONSTRAINT "verification_documents_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "doctors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_documents" ADD CONSTRAINT "verification_documents_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "hospitals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ─── Hand-written (listed in packages/db/src/migrations/hand-written.ts) ───────────────

-- A document belongs to exactly one applicant (a doctor or a hospital), has bytes, and is
-- one of the three types the upload accepts.
ALTER TABLE "verification_documents" ADD CONSTRAINT "verification_documents_subject_check"
  CHECK (num_nonnulls("doctorId", "hospitalId") = 1
     AND "sizeBytes" > 0
     AND "mimeType" IN ('application/pdf', 'image/jpeg', 'image/png'));
