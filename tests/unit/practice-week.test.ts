import { describe, expect, it } from "vitest";
import { isoWeekIndex, isoWeekKey, rotatedSlug } from "@/lib/practices/week";

const SLUGS = ["a", "b", "c", "d", "e"];

describe("practice of the week rotation", () => {
  it("names the ISO week in the couple's time zone", () => {
    // Sunday 22 Nov 2026, 23:30 UTC is already Monday 23 Nov in Paris (week 48), still Sunday in New York (week 47).
    const instant = new Date("2026-11-22T23:30:00Z");
    expect(isoWeekKey(instant, "Europe/Paris")).toBe("2026-W48");
    expect(isoWeekKey(instant, "America/New_York")).toBe("2026-W47");
  });

  it("uses ISO week-numbering years at the turn of the year", () => {
    expect(isoWeekKey(new Date("2027-01-01T12:00:00Z"), "UTC")).toBe("2026-W53");
    expect(isoWeekKey(new Date("2025-12-29T12:00:00Z"), "UTC")).toBe("2026-W01");
  });

  it("stays the same all week and moves one step on Monday, local time", () => {
    const monday = rotatedSlug(SLUGS, "couple:x", new Date("2026-11-23T08:00:00Z"), "Europe/London");
    const sunday = rotatedSlug(SLUGS, "couple:x", new Date("2026-11-29T22:00:00Z"), "Europe/London");
    const nextMonday = rotatedSlug(SLUGS, "couple:x", new Date("2026-11-30T08:00:00Z"), "Europe/London");
    expect(sunday).toBe(monday);
    expect(SLUGS.indexOf(nextMonday)).toBe((SLUGS.indexOf(monday) + 1) % SLUGS.length);
  });

  it("changes at local midnight for a southern-hemisphere couple", () => {
    // Monday 30 Nov 2026 00:30 in Auckland is Sunday 11:30 UTC.
    const beforeMidnight = rotatedSlug(SLUGS, "couple:y", new Date("2026-11-29T10:59:00Z"), "Pacific/Auckland");
    const afterMidnight = rotatedSlug(SLUGS, "couple:y", new Date("2026-11-29T11:30:00Z"), "Pacific/Auckland");
    expect(afterMidnight).not.toBe(beforeMidnight);
  });

  it("counts weeks continuously across a daylight-saving change and a year end", () => {
    const spring = isoWeekIndex(new Date("2026-03-30T12:00:00Z"), "Europe/Paris");
    expect(isoWeekIndex(new Date("2026-03-23T12:00:00Z"), "Europe/Paris")).toBe(spring - 1);
    const lastOf2026 = isoWeekIndex(new Date("2026-12-30T12:00:00Z"), "UTC");
    expect(isoWeekIndex(new Date("2027-01-05T12:00:00Z"), "UTC")).toBe(lastOf2026 + 1);
  });

  it("is deterministic for a scope and differs between scopes", () => {
    const when = new Date("2026-11-24T12:00:00Z");
    expect(rotatedSlug(SLUGS, "couple:x", when, "UTC")).toBe(rotatedSlug(SLUGS, "couple:x", when, "UTC"));
    const starts = new Set(
      ["couple:1", "couple:2", "couple:3", "couple:4", "couple:5", "couple:6"].map((k) => rotatedSlug(SLUGS, k, when, "UTC")),
    );
    expect(starts.size).toBeGreaterThan(1);
  });
});
