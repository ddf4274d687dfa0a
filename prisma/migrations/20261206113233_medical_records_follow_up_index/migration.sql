-- CreateIndex
CREATE INDEX "medical_records_followUpDate_idx" ON "medical_records"("followUpDate");
