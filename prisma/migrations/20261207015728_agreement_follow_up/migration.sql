-- CreateEnum
CREATE TYPE "KeptAnswer" AS ENUM ('YES', 'PARTLY', 'NOT_YET');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'AGREEMENT_CHECK';

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "followUpAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AgreementCheck" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "answer" "KeptAnswer" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AgreementCheck_agreementId_userId_key" ON "AgreementCheck"("agreementId", "userId");

-- AddForeignKey
ALTER TABLE "AgreementCheck" ADD CONSTRAINT "AgreementCheck_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementCheck" ADD CONSTRAINT "AgreementCheck_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Agreements still active are followed up a week after they were made (or now, when that week is past).
UPDATE "Agreement" SET "followUpAt" = GREATEST("createdAt" + INTERVAL '7 days', CURRENT_TIMESTAMP) WHERE "status" = 'ACTIVE';
