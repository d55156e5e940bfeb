-- CreateIndex
CREATE INDEX "CheckInResponse_responderId_updatedAt_idx" ON "CheckInResponse"("responderId", "updatedAt");

