import "server-only";
import { db } from "@/lib/db";

export type RateLimitRule = { limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

function windowOf(rule: RateLimitRule, now: Date) {
  const windowMs = rule.windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  return { start, retryAfterSeconds: Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000) };
}

/**
 * Counts one hit against each key in its fixed window, in one atomic
 * statement (concurrent hits are all counted), and says whether every key is
 * still within its rule; when not, how long until the longest wait is over.
 * The counters live in PostgreSQL, so every app instance shares them.
 */
export async function hitRateLimits(
  checks: readonly (readonly [key: string, rule: RateLimitRule])[],
  now: Date = new Date(),
): Promise<RateLimitResult> {
  if (checks.length === 0) return { allowed: true, retryAfterSeconds: 0 };
  const windows = checks.map(([, rule]) => windowOf(rule, now));
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    SELECT k, (w::timestamptz AT TIME ZONE 'UTC'), 1
      FROM unnest(${checks.map(([key]) => key)}::text[], ${windows.map((w) => w.start.toISOString())}::text[]) AS t(k, w)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "key", "count"`;
  const counts = new Map(rows.map((row) => [row.key, Number(row.count)]));
  let retryAfterSeconds = 0;
  checks.forEach(([key, rule], index) => {
    if ((counts.get(key) ?? 0) > rule.limit) retryAfterSeconds = Math.max(retryAfterSeconds, windows[index]!.retryAfterSeconds);
  });
  return { allowed: retryAfterSeconds === 0, retryAfterSeconds };
}

/** One key against one rule: hitRateLimits for a single check. */
export function hitRateLimit(key: string, rule: RateLimitRule, now: Date = new Date()): Promise<RateLimitResult> {
  return hitRateLimits([[key, rule]], now);
}

/** Removes windows that ended long ago; the scheduled job calls it on every run. */
export async function pruneRateLimits(olderThan: Date): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: olderThan } } });
  return count;
}

/** Forgets every counter keyed by a person's id or email address, when their account is deleted. */
export async function forgetRateLimitsOf(...identifiers: string[]): Promise<void> {
  for (const identifier of identifiers) await db.$executeRaw`DELETE FROM "RateLimitBucket" WHERE strpos("key", ${identifier}) > 0`;
}
