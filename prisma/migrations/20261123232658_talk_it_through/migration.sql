-- CreateEnum
CREATE TYPE "TalkPhase" AS ENUM ('SPEAKING', 'REFLECTING', 'CONFIRMING', 'CLOSING', 'CLOSED');

-- CreateEnum
CREATE TYPE "TalkTurnKind" AS ENUM ('SHARE', 'REFLECT', 'CONFIRM', 'NOT_QUITE', 'PAUSE', 'RESUME');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('ACTIVE', 'KEPT', 'RETIRED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'TALK_STARTED';
ALTER TYPE "NotificationKind" ADD VALUE 'TALK_TURN';
ALTER TYPE "NotificationKind" ADD VALUE 'TALK_RESUME';

-- CreateTable
CREATE TABLE "TalkExchange" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "startedById" TEXT,
    "speakerId" TEXT NOT NULL,
    "listenerId" TEXT NOT NULL,
    "phase" "TalkPhase" NOT NULL,
    "heard" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "closedBy" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 0,
    "pausedUntil" TIMESTAMP(3),
    "pausedById" TEXT,
    "pauseMessage" TEXT,
    "typingId" TEXT,
    "typingAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "TalkExchange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TalkTurn" (
    "id" TEXT NOT NULL,
    "exchangeId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "kind" "TalkTurnKind" NOT NULL,
    "body" TEXT,
    "validation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TalkTurn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TalkClosing" (
    "id" TEXT NOT NULL,
    "exchangeId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "appreciation" TEXT NOT NULL,
    "apology" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TalkClosing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "exchangeId" TEXT,
    "authorId" TEXT,
    "text" TEXT NOT NULL,
    "status" "AgreementStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TalkExchange_coupleId_updatedAt_idx" ON "TalkExchange"("coupleId", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "TalkTurn_exchangeId_createdAt_idx" ON "TalkTurn"("exchangeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TalkClosing_exchangeId_authorId_key" ON "TalkClosing"("exchangeId", "authorId");

-- CreateIndex
CREATE INDEX "Agreement_coupleId_createdAt_idx" ON "Agreement"("coupleId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "TalkExchange" ADD CONSTRAINT "TalkExchange_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalkExchange" ADD CONSTRAINT "TalkExchange_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalkTurn" ADD CONSTRAINT "TalkTurn_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "TalkExchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalkTurn" ADD CONSTRAINT "TalkTurn_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalkClosing" ADD CONSTRAINT "TalkClosing_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "TalkExchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalkClosing" ADD CONSTRAINT "TalkClosing_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "TalkExchange"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

