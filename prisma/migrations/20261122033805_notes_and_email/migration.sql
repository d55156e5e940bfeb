-- CreateEnum
CREATE TYPE "EmailKind" AS ENUM ('CHECKIN_REMINDER', 'WEEKLY_DIGEST', 'NOTE_RECEIVED');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SENT', 'FAILED', 'SKIPPED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "digestEnabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "digestHour" INTEGER NOT NULL DEFAULT 18,
ADD COLUMN     "digestWeekday" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "noteEmails" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "reminderEnabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "reminderHour" INTEGER NOT NULL DEFAULT 20;

-- CreateTable
CREATE TABLE "Note" (
    "id" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "recipientId" TEXT,
    "coupleId" TEXT,
    "body" TEXT NOT NULL,
    "prompt" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "heartedAt" TIMESTAMP(3),
    "reply" TEXT,
    "repliedAt" TIMESTAMP(3),

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailDelivery" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "EmailKind" NOT NULL,
    "periodKey" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "leaseUntil" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "lastError" TEXT,
    "providerId" TEXT,
    "sentAt" TIMESTAMP(3),
    "noteId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmailDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Note_recipientId_coupleId_createdAt_idx" ON "Note"("recipientId", "coupleId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Note_authorId_createdAt_idx" ON "Note"("authorId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "EmailDelivery_status_dueAt_idx" ON "EmailDelivery"("status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "EmailDelivery_userId_kind_periodKey_key" ON "EmailDelivery"("userId", "kind", "periodKey");

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailDelivery" ADD CONSTRAINT "EmailDelivery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailDelivery" ADD CONSTRAINT "EmailDelivery_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "Note"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Written by hand: limits that hold whatever writes to the tables.
ALTER TABLE "Note" ADD CONSTRAINT "db_Note_body_length_check" CHECK (char_length("body") BETWEEN 1 AND 1000);
ALTER TABLE "Note" ADD CONSTRAINT "db_Note_reply_length_check" CHECK (char_length("reply") <= 280);
ALTER TABLE "User" ADD CONSTRAINT "db_User_email_hours_check" CHECK ("reminderHour" BETWEEN 0 AND 23 AND "digestHour" BETWEEN 0 AND 23 AND "digestWeekday" BETWEEN 0 AND 6);
