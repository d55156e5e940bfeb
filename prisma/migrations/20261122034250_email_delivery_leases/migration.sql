-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "idempotencyKey" TEXT;

-- AlterTable
ALTER TABLE "EmailDelivery" ADD COLUMN     "leaseToken" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEmail_idempotencyKey_key" ON "OutboxEmail"("idempotencyKey");

