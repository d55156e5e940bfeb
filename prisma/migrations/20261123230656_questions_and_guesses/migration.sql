-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'QUESTION_ANSWERED';

-- CreateTable
CREATE TABLE "DailyQuestion" (
    "id" TEXT NOT NULL,
    "scopeKey" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "swappedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DailyQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionAnswer" (
    "id" TEXT NOT NULL,
    "dailyQuestionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "coupleId" TEXT,
    "body" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3),
    "heartedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestionAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MoodGuess" (
    "id" TEXT NOT NULL,
    "guesserId" TEXT NOT NULL,
    "checkInId" TEXT NOT NULL,
    "quadrant" TEXT,
    "feeling" TEXT,
    "correct" BOOLEAN,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MoodGuess_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DailyQuestion_scopeKey_day_key" ON "DailyQuestion"("scopeKey", "day");

-- CreateIndex
CREATE INDEX "QuestionAnswer_coupleId_createdAt_idx" ON "QuestionAnswer"("coupleId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "QuestionAnswer_dailyQuestionId_authorId_key" ON "QuestionAnswer"("dailyQuestionId", "authorId");

-- CreateIndex
CREATE INDEX "MoodGuess_guesserId_createdAt_idx" ON "MoodGuess"("guesserId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MoodGuess_checkInId_guesserId_key" ON "MoodGuess"("checkInId", "guesserId");

-- AddForeignKey
ALTER TABLE "DailyQuestion" ADD CONSTRAINT "DailyQuestion_swappedById_fkey" FOREIGN KEY ("swappedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionAnswer" ADD CONSTRAINT "QuestionAnswer_dailyQuestionId_fkey" FOREIGN KEY ("dailyQuestionId") REFERENCES "DailyQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionAnswer" ADD CONSTRAINT "QuestionAnswer_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionAnswer" ADD CONSTRAINT "QuestionAnswer_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MoodGuess" ADD CONSTRAINT "MoodGuess_guesserId_fkey" FOREIGN KEY ("guesserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MoodGuess" ADD CONSTRAINT "MoodGuess_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

