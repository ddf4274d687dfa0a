-- CreateIndex
CREATE INDEX "users_createdAt_idx" ON "users"("createdAt");
