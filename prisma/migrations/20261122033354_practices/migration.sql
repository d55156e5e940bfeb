-- CreateTable
CREATE TABLE "PracticeWeek" (
    "id" TEXT NOT NULL,
    "scopeKey" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "chosenById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeWeek_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeTried" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "scopeKey" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeTried_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PracticeWeek_scopeKey_week_key" ON "PracticeWeek"("scopeKey", "week");

-- CreateIndex
CREATE INDEX "PracticeTried_scopeKey_week_idx" ON "PracticeTried"("scopeKey", "week");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeTried_userId_scopeKey_week_key" ON "PracticeTried"("userId", "scopeKey", "week");

-- AddForeignKey
ALTER TABLE "PracticeWeek" ADD CONSTRAINT "PracticeWeek_chosenById_fkey" FOREIGN KEY ("chosenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeTried" ADD CONSTRAINT "PracticeTried_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

