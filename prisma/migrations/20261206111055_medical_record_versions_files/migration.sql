-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'medical_record_shared';

-- DropIndex
DROP INDEX "medical_records_appointmentId_idx";

-- AlterTable
ALTER TABLE "medical_records" ADD COLUMN     "diagnosisCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "sharedAt" TIMESTAMPTZ(3),
ADD COLUMN     "updatedById" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "medical_record_versions" (
    "id" UUID NOT NULL,
    "recordId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "amendedById" UUID,
    "amendedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,

    CONSTRAINT "medical_record_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "medical_record_files" (
    "id" UUID NOT NULL,
    "recordId" UUID NOT NULL,
    "uploadedById" UUID,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "medical_record_files_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "medical_record_versions_amendedById_idx" ON "medical_record_versions"("amendedById");

-- CreateIndex
CREATE UNIQUE INDEX "medical_record_versions_recordId_version_key" ON "medical_record_versions"("recordId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "medical_record_files_storageKey_key" ON "medical_record_files"("storageKey");

-- CreateIndex
CREATE INDEX "medical_record_files_recordId_idx" ON "medical_record_files"("recordId");

-- CreateIndex
CREATE INDEX "medical_record_files_uploadedById_idx" ON "medical_record_files"("uploadedById");

-- CreateIndex
CREATE INDEX "medical_records_updatedById_idx" ON "medical_records"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "medical_records_appointmentId_key" ON "medical_records"("appointmentId");

-- AddForeignKey
ALTER TABLE "medical_records" ADD CONSTRAINT "medical_records_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "medical_record_versions" ADD CONSTRAINT "medical_record_versions_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "medical_records"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "medical_record_versions" ADD CONSTRAINT "medical_record_versions_amendedById_fkey" FOREIGN KEY ("amendedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "medical_record_files" ADD CONSTRAINT "medical_record_files_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "medical_records"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "medical_record_files" ADD CONSTRAINT "medical_record_files_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Records written before codes and versions: no codes, version 1, shared when they were last written
UPDATE "medical_records" SET "diagnosisCodes" = array_fill(''::text, ARRAY[cardinality("diagnosis")])
 WHERE cardinality("diagnosis") > 0;
UPDATE "medical_records" SET "sharedAt" = "updatedAt" WHERE "isSharedWithPatient";

-- One code (or "") per diagnosis; sharing is for good and has its moment
ALTER TABLE "medical_records" ADD CONSTRAINT "medical_records_content_check"
  CHECK (cardinality("diagnosisCodes") = cardinality("diagnosis") AND "version" >= 1
         AND ("sharedAt" IS NOT NULL) = "isSharedWithPatient"
         AND char_length("treatment") <= 5000 AND char_length("notes") <= 5000);
ALTER TABLE "medical_record_versions" ADD CONSTRAINT "medical_record_versions_check"
  CHECK ("version" >= 1 AND char_length("reason") BETWEEN 3 AND 500);
ALTER TABLE "medical_record_files" ADD CONSTRAINT "medical_record_files_check"
  CHECK ("sizeBytes" BETWEEN 1 AND 10485760 AND "mimeType" IN ('application/pdf', 'image/jpeg', 'image/png', 'image/webp'));

-- "Who opened my records": the clinical entries of the activity log, by the patient they concern
CREATE INDEX "activity_logs_clinical_patient_idx" ON "activity_logs" (("details" ->> 'patientId'), "timestamp")
  WHERE "action" LIKE '%medical_record%' OR "action" = 'open_patient_chart';
