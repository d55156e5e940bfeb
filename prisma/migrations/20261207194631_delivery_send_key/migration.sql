-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "sendKey" TEXT;

-- CreateIndex
CREATE INDEX "Delivery_sendKey_idx" ON "Delivery"("sendKey");

