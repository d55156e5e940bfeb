import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hitRateLimit, hitRateLimits, pruneRateLimits } from "@/lib/rate-limit/counter";
import { LIMITS } from "@/lib/rate-limit/limits";
import { allowSignInEmail } from "@/lib/rate-limit/sign-in";
import { pruneOldRateLimits } from "@/lib/rate-limit/prune";

const NOW = new Date("2026-11-22T10:00:00Z");

describe("rate limits kept in PostgreSQL", () => {
  it("counts every one of many concurrent hits", async () => {
    const results = await Promise.all(Array.from({ length: 25 }, () => hitRateLimit("concurrent", { limit: 10, windowSeconds: 60 }, NOW)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.filter((r) => !r.allowed)).toHaveLength(15);
  });

  it("opens a new window once the old one ends, and says when", async () => {
    const rule = { limit: 1, windowSeconds: 60 };
    expect((await hitRateLimit("window", rule, NOW)).allowed).toBe(true);
    const refused = await hitRateLimit("window", rule, new Date(NOW.getTime() + 15_000));
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect((await hitRateLimit("window", rule, new Date(NOW.getTime() + 60_000))).allowed).toBe(true);
  });

  it("counts several keys in one statement and reports the longest wait among those over their limit", async () => {
    const short = { limit: 1, windowSeconds: 60 };
    const long = { limit: 1, windowSeconds: 3600 };
    await hitRateLimits(
      [
        ["multi-a", short],
        ["multi-b", long],
      ],
      NOW,
    );
    expect(
      await hitRateLimits(
        [
          ["multi-a", short],
          ["multi-b", long],
        ],
        NOW,
      ),
    ).toEqual({ allowed: false, retryAfterSeconds: 3600 });
    expect(
      await db.rateLimitBucket.findMany({ where: { key: { startsWith: "multi-" } }, select: { key: true, windowStart: true } }),
    ).toEqual(
      expect.arrayContaining([
        { key: "multi-a", windowStart: NOW },
        { key: "multi-b", windowStart: NOW },
      ]),
    );
  });

  it("never lets a stranger's requests stop the owner of an address from getting a sign-in link", async () => {
    for (let i = 0; i < 30; i++) await allowSignInEmail("sam@example.com", `203.0.113.${i % 3}`, NOW);
    expect(await allowSignInEmail("Sam@Example.com", "198.51.100.1", NOW)).toBe(true);
  });

  it("refuses a sixth sign-in email to one address from one client, whatever its case", async () => {
    for (let i = 0; i < LIMITS.signInPerAddressAndClient.limit; i++)
      expect(await allowSignInEmail("Kim@Example.com", "192.0.2.9", NOW)).toBe(true);
    expect(await allowSignInEmail("kim@example.com", "192.0.2.9", NOW)).toBe(false);
    expect(await allowSignInEmail("other@example.com", "192.0.2.9", NOW)).toBe(true);
  });

  it("refuses sign-in emails from one client address past its limit", async () => {
    for (let i = 0; i < LIMITS.signInPerClient.limit; i++) {
      expect(await allowSignInEmail(`person${i}@example.com`, "203.0.113.7", NOW)).toBe(true);
    }
    expect(await allowSignInEmail("one-more@example.com", "203.0.113.7", NOW)).toBe(false);
  });

  it("puts clients whose address is unknown in no shared bucket", async () => {
    for (let i = 0; i < 40; i++) expect(await allowSignInEmail(`unknown${i}@example.com`, null, NOW)).toBe(true);
    expect(
      await db.rateLimitBucket.count({ where: { key: { contains: "unknown" }, NOT: { key: { startsWith: "signin:unknown" } } } }),
    ).toBe(0);
  });

  it("prunes windows that ended", async () => {
    await hitRateLimit("old", { limit: 5, windowSeconds: 60 }, new Date("2026-01-01T00:00:00Z"));
    expect(await pruneRateLimits(new Date("2026-06-01T00:00:00Z"))).toBeGreaterThanOrEqual(1);
  });

  it("prunes on schedule: windows older than the longest rule go, current ones stay", async () => {
    await hitRateLimit("stale", LIMITS.signInPerClient, new Date(NOW.getTime() - 3 * 3600_000));
    await hitRateLimit("current", LIMITS.invitesPerInviter, NOW);
    await pruneOldRateLimits(NOW);
    expect(await db.rateLimitBucket.count({ where: { key: "stale" } })).toBe(0);
    expect(await db.rateLimitBucket.count({ where: { key: "current" } })).toBe(1);
  });
});
