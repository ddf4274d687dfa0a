-- CreateEnum
CREATE TYPE "RefundKind" AS ENUM ('policy', 'staff', 'late_payment', 'duplicate_payment');

-- CreateEnum
CREATE TYPE "RefundStatus" AS ENUM ('pending', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "ChargeKind" AS ENUM ('consultation', 'service');

-- CreateEnum
CREATE TYPE "RedemptionStatus" AS ENUM ('active', 'released');

-- AlterTable
ALTER TABLE "appointments" ADD COLUMN     "discountAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "subtotalAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "totalAmount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "payments" ADD COLUMN     "expiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "gatewayCode" TEXT,
ADD COLUMN     "hospitalId" UUID,
ADD COLUMN     "recordedById" UUID,
ADD COLUMN     "reference" TEXT;

-- Existing payments take their appointment's hospital, and their own id (without dashes) as reference
UPDATE "payments" p SET "hospitalId" = a."hospitalId" FROM "appointments" a WHERE a."id" = p."appointmentId";
UPDATE "payments" SET "reference" = upper(replace("id"::text, '-', ''));
ALTER TABLE "payments" ALTER COLUMN "hospitalId" SET NOT NULL, ALTER COLUMN "reference" SET NOT NULL;

-- AlterTable
ALTER TABLE "promotions" ADD COLUMN     "perPatientLimit" INTEGER DEFAULT 1;

-- CreateTable
CREATE TABLE "payment_refunds" (
    "id" UUID NOT NULL,
    "paymentId" UUID NOT NULL,
    "amount" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "kind" "RefundKind" NOT NULL,
    "status" "RefundStatus" NOT NULL DEFAULT 'pending',
    "requestReference" TEXT NOT NULL,
    "gatewayTransactionId" TEXT,
    "gatewayCode" TEXT,
    "failureMessage" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3),
    "requestedById" UUID,
    "idempotencyKey" TEXT,
    "idempotencyFingerprint" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "payment_refunds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appointment_charges" (
    "id" UUID NOT NULL,
    "appointmentId" UUID NOT NULL,
    "kind" "ChargeKind" NOT NULL,
    "hospitalServiceId" UUID,
    "description" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "appointment_charges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "promotion_redemptions" (
    "id" UUID NOT NULL,
    "promotionId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "appointmentId" UUID NOT NULL,
    "discountAmount" INTEGER NOT NULL,
    "status" "RedemptionStatus" NOT NULL DEFAULT 'active',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "releasedAt" TIMESTAMPTZ(3),

    CONSTRAINT "promotion_redemptions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "payment_refunds_requestReference_key" ON "payment_refunds"("requestReference");

-- CreateIndex
CREATE INDEX "payment_refunds_paymentId_idx" ON "payment_refunds"("paymentId");

-- CreateIndex
CREATE INDEX "payment_refunds_status_nextAttemptAt_idx" ON "payment_refunds"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "payment_refunds_requestedById_idempotencyKey_key" ON "payment_refunds"("requestedById", "idempotencyKey");

-- CreateIndex
CREATE INDEX "appointment_charges_hospitalServiceId_idx" ON "appointment_charges"("hospitalServiceId");

-- CreateIndex
CREATE UNIQUE INDEX "appointment_charges_appointmentId_position_key" ON "appointment_charges"("appointmentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "promotion_redemptions_appointmentId_key" ON "promotion_redemptions"("appointmentId");

-- CreateIndex
CREATE INDEX "promotion_redemptions_promotionId_patientId_status_idx" ON "promotion_redemptions"("promotionId", "patientId", "status");

-- CreateIndex
CREATE INDEX "promotion_redemptions_patientId_idx" ON "promotion_redemptions"("patientId");

-- CreateIndex
CREATE UNIQUE INDEX "payments_reference_key" ON "payments"("reference");

-- CreateIndex
CREATE INDEX "payments_hospitalId_paymentDate_idx" ON "payments"("hospitalId", "paymentDate");

-- CreateIndex
CREATE INDEX "payments_status_createdAt_idx" ON "payments"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "hospitals"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_refunds" ADD CONSTRAINT "payment_refunds_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "payments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_refunds" ADD CONSTRAINT "payment_refunds_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment_charges" ADD CONSTRAINT "appointment_charges_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "appointments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment_charges" ADD CONSTRAINT "appointment_charges_hospitalServiceId_fkey" FOREIGN KEY ("hospitalServiceId") REFERENCES "hospital_services"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_redemptions" ADD CONSTRAINT "promotion_redemptions_promotionId_fkey" FOREIGN KEY ("promotionId") REFERENCES "promotions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_redemptions" ADD CONSTRAINT "promotion_redemptions_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "patients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_redemptions" ADD CONSTRAINT "promotion_redemptions_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "appointments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every existing appointment costs its consultation: what was paid for it, or the doctor's fee
INSERT INTO "appointment_charges" ("id", "appointmentId", "kind", "description", "amount", "position")
SELECT gen_random_uuid(), a."id", 'consultation', 'Phí khám', COALESCE(p."amount", d."consultationFee"), 0
  FROM "appointments" a
  JOIN "doctors" d ON d."id" = a."doctorId"
  LEFT JOIN "payments" p ON p."id" = a."paymentId";
UPDATE "appointments" a SET "subtotalAmount" = c."amount", "totalAmount" = c."amount"
  FROM "appointment_charges" c WHERE c."appointmentId" = a."id";

ALTER TABLE "appointments" ADD CONSTRAINT "appointments_amounts_check"
  CHECK ("subtotalAmount" >= 0 AND "discountAmount" >= 0 AND "discountAmount" <= "subtotalAmount"
         AND "totalAmount" = "subtotalAmount" - "discountAmount");
ALTER TABLE "appointment_charges" ADD CONSTRAINT "appointment_charges_amount_check"
  CHECK ("amount" >= 0 AND "position" >= 0);
ALTER TABLE "payments" ADD CONSTRAINT "payments_reference_check" CHECK ("reference" ~ '^[A-Za-z0-9]{6,32}$');
-- "refunded" means money went back (all or part of it: refundAmount says how much)
ALTER TABLE "payments" ADD CONSTRAINT "payments_refund_status_check"
  CHECK (("status" = 'refunded') = (COALESCE("refundAmount", 0) > 0));
ALTER TABLE "payment_refunds" ADD CONSTRAINT "payment_refunds_amount_check" CHECK ("amount" > 0 AND "attempts" >= 0);
ALTER TABLE "promotions" ADD CONSTRAINT "promotions_per_patient_limit_check"
  CHECK ("perPatientLimit" IS NULL OR "perPatientLimit" >= 1);
ALTER TABLE "promotion_redemptions" ADD CONSTRAINT "promotion_redemptions_discount_check" CHECK ("discountAmount" >= 0);

-- A payment is refunded automatically at most once (its cancellation, or a late or second payment)
CREATE UNIQUE INDEX "payment_refunds_automatic_key" ON "payment_refunds"("paymentId") WHERE "kind" <> 'staff';
