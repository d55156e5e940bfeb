-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('SHARED', 'PRIVATE');

-- CreateEnum
CREATE TYPE "CheckInNeed" AS ENUM ('LISTENING_EAR', 'SPACE', 'HUG', 'PRACTICAL_HELP');

-- CreateEnum
CREATE TYPE "ResponseKind" AS ENUM ('THINKING_OF_YOU', 'WANT_TO_TALK', 'SENDING_A_HUG');

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "coupleId" TEXT,
    "pleasantness" INTEGER NOT NULL,
    "energy" INTEGER NOT NULL,
    "feeling" TEXT NOT NULL,
    "note" TEXT,
    "visibility" "Visibility" NOT NULL,
    "need" "CheckInNeed",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInResponse" (
    "id" TEXT NOT NULL,
    "checkInId" TEXT NOT NULL,
    "responderId" TEXT NOT NULL,
    "kind" "ResponseKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckInResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CheckIn_authorId_createdAt_idx" ON "CheckIn"("authorId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "CheckIn_coupleId_authorId_visibility_createdAt_idx" ON "CheckIn"("coupleId", "authorId", "visibility", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "CheckInResponse_checkInId_responderId_key" ON "CheckInResponse"("checkInId", "responderId");

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInResponse" ADD CONSTRAINT "CheckInResponse_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInResponse" ADD CONSTRAINT "CheckInResponse_responderId_fkey" FOREIGN KEY ("responderId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Written by hand: the scales are 1 to 5 and notes at most 500 characters,
-- whatever writes to the table.
ALTER TABLE "CheckIn" ADD CONSTRAINT "db_CheckIn_scales_check" CHECK ("pleasantness" BETWEEN 1 AND 5 AND "energy" BETWEEN 1 AND 5);
ALTER TABLE "CheckIn" ADD CONSTRAINT "db_CheckIn_note_length_check" CHECK (char_length("note") <= 500);
