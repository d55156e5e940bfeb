-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'REPAIR';

-- CreateTable
CREATE TABLE "RepairPick" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "phraseId" TEXT,
    "text" TEXT,
    "private" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RepairPick_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepairSent" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "senderId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "pickId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seenAt" TIMESTAMP(3),

    CONSTRAINT "RepairSent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RepairPick_userId_createdAt_idx" ON "RepairPick"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RepairPick_userId_phraseId_key" ON "RepairPick"("userId", "phraseId");

-- CreateIndex
CREATE INDEX "RepairSent_recipientId_createdAt_idx" ON "RepairSent"("recipientId", "createdAt");

-- CreateIndex
CREATE INDEX "RepairSent_coupleId_createdAt_idx" ON "RepairSent"("coupleId", "createdAt");

-- AddForeignKey
ALTER TABLE "RepairPick" ADD CONSTRAINT "RepairPick_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairSent" ADD CONSTRAINT "RepairSent_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairSent" ADD CONSTRAINT "RepairSent_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairSent" ADD CONSTRAINT "RepairSent_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairSent" ADD CONSTRAINT "RepairSent_pickId_fkey" FOREIGN KEY ("pickId") REFERENCES "RepairPick"("id") ON DELETE CASCADE ON UPDATE CASCADE;

