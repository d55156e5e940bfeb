import { describe, expect, it } from "vitest";
import { ProfileSchema } from "@/lib/profile/schema";
import { isValidTimeZone, timeZoneNames } from "@/lib/time/zones";

describe("time zones", () => {
  it.each(["Europe/Paris", "America/New_York", "Australia/Sydney", "UTC", "Asia/Kolkata"])("accepts %s", (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each(["", "Mars/Olympus", "Europe/Pariss", "GMT+25", "x".repeat(100)])("rejects %s", (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });

  it("offers UTC and the common zones in the picker", () => {
    const names = timeZoneNames();
    expect(names).toContain("UTC");
    expect(names).toContain("Pacific/Auckland");
  });
});

describe("profile", () => {
  it("trims the name", () => {
    expect(ProfileSchema.parse({ name: "  Sam ", timeZone: "Europe/Paris" })).toEqual({ name: "Sam", timeZone: "Europe/Paris" });
  });

  it("explains what is wrong with each field", () => {
    const result = ProfileSchema.safeParse({ name: "   ", timeZone: "Nowhere/Land" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(messages.name).toBe("Tell us what to call you");
    expect(messages.timeZone).toMatch(/time zone from the list/);
  });

  it("limits the name to 50 characters", () => {
    expect(ProfileSchema.safeParse({ name: "a".repeat(51), timeZone: "UTC" }).success).toBe(false);
  });
});
