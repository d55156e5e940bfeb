/**
 * Home must cost the same number of SQL statements whatever the history
 * length: the count with 3 check-ins equals the count with 300.
 */
import { describe, expect, it } from "vitest";
import { CheckInSchema } from "@/lib/checkins/schema";
import { getHomeCheckIns } from "@/lib/checkins/service";
import { db } from "@/lib/db";
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

async function statementsForHome(viewer: Parameters<typeof getHomeCheckIns>[0]) {
  const before = counter.statements;
  await getHomeCheckIns(viewer);
  return counter.statements - before;
}

describe("home check-ins", () => {
  it("issues a constant number of SQL statements whatever the history length", async () => {
    const small = await createCouple("Sam", "Robin");
    await seed(small.a.id, small.couple.id, 3);
    await seed(small.b.id, small.couple.id, 3);
    const large = await createCouple("Kim", "Lee");
    await seed(large.a.id, large.couple.id, 300);
    await seed(large.b.id, large.couple.id, 300);

    const smallCount = await statementsForHome(small.viewerA);
    const largeCount = await statementsForHome(large.viewerA);
    expect(smallCount).toBeGreaterThan(0);
    expect(smallCount).toBeLessThanOrEqual(6);
    expect(largeCount).toBe(smallCount);
  });
});
