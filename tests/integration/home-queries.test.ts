/**
 * Home must cost the same number of SQL statements whatever the history
 * length: the count with 3 check-ins equals the count with 300 and 200 days of
 * answered questions and guesses.
 */
import { describe, expect, it } from "vitest";
import { CheckInSchema } from "@/lib/checkins/schema";
import { getGuessCard } from "@/lib/checkins/guesses";
import { getHomeCheckIns } from "@/lib/checkins/service";
import { db } from "@/lib/db";
import { getHomeNews } from "@/lib/home/news";
import { getTodaysQuestion, partnerWaitingOnQuestion } from "@/lib/questions/service";
import { installQueryCounter } from "../../scripts/bench/lib/query-counter";
import { createCouple } from "../support/integration";

const counter = installQueryCounter(process.env.DATABASE_URL!);
const input = CheckInSchema.parse({ pleasantness: 4, energy: 4, feeling: "hopeful", visibility: "SHARED" });

async function seed(authorId: string, coupleId: string, count: number) {
  const now = Date.now();
  await db.checkIn.createMany({
    data: Array.from({ length: count }, (_, i) => ({ ...input, authorId, coupleId, createdAt: new Date(now - i * 3_600_000) })),
  });
}

/** Everything home reads: check-ins, the partner's news, today's question, the guess card, and the navigation's badges. */
async function statementsForHome(viewer: Parameters<typeof getHomeCheckIns>[0]) {
  const before = counter.statements;
  await Promise.all([
    getHomeCheckIns(viewer),
    getHomeNews(viewer),
    getTodaysQuestion(viewer),
    getGuessCard(viewer),
    partnerWaitingOnQuestion(viewer),
  ]);
  return counter.statements - before;
}

/** 200 past days of questions both answered, and a guess at each of the partner's check-ins. */
async function seedRitual(couple: Awaited<ReturnType<typeof createCouple>>) {
  const days = Array.from({ length: 200 }, (_, i) => new Date(Date.now() - (i + 1) * 86_400_000).toISOString().slice(0, 10));
  await db.dailyQuestion.createMany({
    data: days.map((day, i) => ({ scopeKey: `couple:${couple.couple.id}`, day, questionId: `q-${i}` })),
  });
  const rows = await db.dailyQuestion.findMany({ where: { scopeKey: `couple:${couple.couple.id}` }, select: { id: true } });
  await db.questionAnswer.createMany({
    data: rows.flatMap((row) =>
      [couple.a, couple.b].map((p) => ({ dailyQuestionId: row.id, authorId: p.id, coupleId: couple.couple.id, body: "An answer" })),
    ),
  });
  const theirs = await db.checkIn.findMany({ where: { authorId: couple.b.id }, select: { id: true } });
  await db.moodGuess.createMany({
    data: theirs.map((c) => ({ guesserId: couple.a.id, checkInId: c.id, quadrant: "calm", correct: true })),
  });
}

describe("home check-ins", () => {
  it("issues a constant number of SQL statements whatever the history length", async () => {
    const small = await createCouple("Sam", "Robin");
    await seed(small.a.id, small.couple.id, 3);
    await seed(small.b.id, small.couple.id, 3);
    const large = await createCouple("Kim", "Lee");
    await seed(large.a.id, large.couple.id, 300);
    await seed(large.b.id, large.couple.id, 300);
    await seedRitual(large);
    // Today's question row is made by the first look of the day; what is measured is every look after it.
    await statementsForHome(small.viewerA);
    await statementsForHome(large.viewerA);

    const smallCount = await statementsForHome(small.viewerA);
    const largeCount = await statementsForHome(large.viewerA);
    expect(smallCount).toBeGreaterThan(0);
    expect(smallCount).toBeLessThanOrEqual(11);
    expect(largeCount).toBe(smallCount);
  });
});
