-- DropIndex
DROP INDEX "appointments_patientId_idempotencyKey_key";

-- Keys were unique per patient and remembered no request; they become unique per requester and
-- bound to one request's fingerprint. An old key cannot prove that a replay is the same request,
-- so old keys are forgotten (a retry of an old request meets the slot's own uniqueness instead).
UPDATE "appointments" SET "idempotencyKey" = NULL WHERE "idempotencyKey" IS NOT NULL;

-- AlterTable
ALTER TABLE "appointments" ADD COLUMN     "idempotencyFingerprint" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "appointments_bookedById_idempotencyKey_key" ON "appointments"("bookedById", "idempotencyKey");
