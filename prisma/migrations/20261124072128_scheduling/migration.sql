-- CreateEnum
CREATE TYPE "WaitlistStatus" AS ENUM ('waiting', 'offered', 'booked', 'expired', 'cancelled');

-- AlterEnum
ALTER TYPE "DeliveryStatus" ADD VALUE 'pending';

-- AlterTable
ALTER TABLE "appointments" ADD COLUMN     "bookedById" UUID;

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "dedupeKey" TEXT;

-- CreateTable
CREATE TABLE "schedule_exceptions" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "doctorId" UUID,
    "date" DATE NOT NULL,
    "startTime" VARCHAR(5),
    "endTime" VARCHAR(5),
    "reason" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "schedule_exceptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "waitlist_entries" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "familyMemberId" UUID,
    "doctorId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "type" "ConsultationType" NOT NULL,
    "status" "WaitlistStatus" NOT NULL DEFAULT 'waiting',
    "offeredAppointmentId" UUID,
    "offerExpiresAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "waitlist_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "schedule_exceptions_hospitalId_date_idx" ON "schedule_exceptions"("hospitalId", "date");

-- CreateIndex
CREATE INDEX "schedule_exceptions_doctorId_date_idx" ON "schedule_exceptions"("doctorId", "date");

-- CreateIndex
CREATE INDEX "schedule_exceptions_createdById_idx" ON "schedule_exceptions"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "waitlist_entries_offeredAppointmentId_key" ON "waitlist_entries"("offeredAppointmentId");

-- CreateIndex
CREATE INDEX "waitlist_entries_doctorId_date_status_createdAt_idx" ON "waitlist_entries"("doctorId", "date", "status", "createdAt");

-- CreateIndex
CREATE INDEX "waitlist_entries_patientId_idx" ON "waitlist_entries"("patientId");

-- CreateIndex
CREATE INDEX "waitlist_entries_familyMemberId_idx" ON "waitlist_entries"("familyMemberId");

-- CreateIndex
CREATE INDEX "appointments_bookedById_idx" ON "appointments"("bookedById");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_dedupeKey_key" ON "notifications"("dedupeKey");

-- AddForeignKey
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_bookedById_fkey" FOREIGN KEY ("bookedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule_exceptions" ADD CONSTRAINT "schedule_exceptions_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "hospitals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule_exceptions" ADD CONSTRAINT "schedule_exceptions_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "doctors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule_exceptions" ADD CONSTRAINT "schedule_exceptions_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_familyMemberId_fkey" FOREIGN KEY ("familyMemberId") REFERENCES "family_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "doctors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_offeredAppointmentId_fkey" FOREIGN KEY ("offeredAppointmentId") REFERENCES "appointments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ─── Hand-written (listed in packages/db/src/migrations/hand-written.ts) ───────────────

-- A patient waits at most once per doctor, day and person (self or one family member).
CREATE UNIQUE INDEX "waitlist_entries_open_key" ON "waitlist_entries"
  ("patientId", "doctorId", "date", COALESCE("familyMemberId", '00000000-0000-0000-0000-000000000000'::uuid))
  WHERE "status" IN ('waiting', 'offered');

ALTER TABLE "schedule_exceptions" ADD CONSTRAINT "schedule_exceptions_time_check"
  CHECK (("startTime" IS NULL AND "endTime" IS NULL)
      OR ("startTime" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND "endTime" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'
          AND "endTime" > "startTime"));
