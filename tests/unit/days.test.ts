import { describe, expect, it } from "vitest";
import { lastLocalDays, localDateKey, startOfLocalDay } from "@/lib/time/days";

describe("local days", () => {
  it("starts the day at local midnight, not UTC", () => {
    expect(startOfLocalDay(new Date("2026-11-22T03:00:00Z"), "America/New_York").toISOString()).toBe("2026-11-21T05:00:00.000Z");
    expect(startOfLocalDay(new Date("2026-11-22T03:00:00Z"), "Pacific/Auckland").toISOString()).toBe("2026-11-21T11:00:00.000Z");
  });

  it("handles the spring-forward day (23 hours) in Europe and the southern hemisphere", () => {
    expect(startOfLocalDay(new Date("2026-03-29T12:00:00Z"), "Europe/Paris").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    // Sydney moves to daylight time on 4 October 2026.
    expect(startOfLocalDay(new Date("2026-10-04T12:00:00Z"), "Australia/Sydney").toISOString()).toBe("2026-10-03T14:00:00.000Z");
  });

  it("names the local calendar date", () => {
    expect(localDateKey(new Date("2026-11-22T23:30:00Z"), "Europe/Paris")).toBe("2026-11-23");
    expect(localDateKey(new Date("2026-11-22T23:30:00Z"), "America/Los_Angeles")).toBe("2026-11-22");
  });

  it("lists 30 consecutive local dates across a DST change", () => {
    const { keys, start } = lastLocalDays(new Date("2026-11-10T12:00:00Z"), "America/New_York", 30);
    expect(keys).toHaveLength(30);
    expect(keys[0]).toBe("2026-10-12");
    expect(keys.at(-1)).toBe("2026-11-10");
    expect(new Set(keys).size).toBe(30);
    expect(start.toISOString()).toBe("2026-10-12T04:00:00.000Z");
  });
});
