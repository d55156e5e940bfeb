-- CreateEnum
CREATE TYPE "ApologyAnswer" AS ENUM ('FORGIVE', 'NEED_TIME', 'TALK');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'APOLOGY';

-- CreateTable
CREATE TABLE "Apology" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "happened" TEXT NOT NULL,
    "effect" TEXT NOT NULL,
    "change" TEXT NOT NULL,
    "ask" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seenAt" TIMESTAMP(3),
    "answer" "ApologyAnswer",
    "answeredAt" TIMESTAMP(3),
    "answerSeenAt" TIMESTAMP(3),
    "returnAt" TIMESTAMP(3),
    "talkId" TEXT,

    CONSTRAINT "Apology_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Apology_coupleId_createdAt_idx" ON "Apology"("coupleId", "createdAt");

-- CreateIndex
CREATE INDEX "Apology_recipientId_createdAt_idx" ON "Apology"("recipientId", "createdAt");

-- AddForeignKey
ALTER TABLE "Apology" ADD CONSTRAINT "Apology_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Apology" ADD CONSTRAINT "Apology_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Apology" ADD CONSTRAINT "Apology_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

