import { describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS, allowSignInEmail } from "@/lib/auth/sign-in-limit";
import { hitRateLimit, pruneRateLimits } from "@/lib/rate-limit";

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

  it("refuses a sixth sign-in email to one address, whatever its case", async () => {
    const allowed = [];
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress.limit; i++) allowed.push(await allowSignInEmail("Sam@Example.com", `10.0.0.${i}`, NOW));
    expect(allowed.every(Boolean)).toBe(true);
    expect(await allowSignInEmail("sam@example.com", "10.0.0.99", NOW)).toBe(false);
    expect(await allowSignInEmail("other@example.com", "10.0.0.99", NOW)).toBe(true);
  });

  it("refuses sign-in emails from one client address past its limit", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perIp.limit; i++) {
      expect(await allowSignInEmail(`person${i}@example.com`, "203.0.113.7", NOW)).toBe(true);
    }
    expect(await allowSignInEmail("one-more@example.com", "203.0.113.7", NOW)).toBe(false);
  });

  it("prunes windows that ended", async () => {
    await hitRateLimit("old", { limit: 5, windowSeconds: 60 }, new Date("2026-01-01T00:00:00Z"));
    expect(await pruneRateLimits(new Date("2026-06-01T00:00:00Z"))).toBeGreaterThanOrEqual(1);
  });
});
