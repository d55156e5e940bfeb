-- AlterTable
ALTER TABLE "CoupleMembership" ADD COLUMN     "acceptanceSeenAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "CheckInResponse" ADD COLUMN     "seenAt" TIMESTAMP(3);

