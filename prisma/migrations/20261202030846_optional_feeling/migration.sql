-- AlterTable
ALTER TABLE "CheckIn" ALTER COLUMN "feeling" DROP NOT NULL;

