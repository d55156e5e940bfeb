import { describe, expect, it } from "vitest";
import { isAuthorizedCron } from "@/lib/jobs/cron-auth";

describe("cron endpoint authorization", () => {
  const secret = "a-long-enough-cron-secret";
  it("accepts exactly the configured bearer token", () => {
    expect(isAuthorizedCron(`Bearer ${secret}`, secret)).toBe(true);
  });
  it.each([null, "", secret, `Basic ${secret}`, `Bearer ${secret}x`, "Bearer ", `bearer ${secret}`])("refuses %s", (header) => {
    expect(isAuthorizedCron(header, secret)).toBe(false);
  });
  it("refuses everyone when no secret is configured", () => {
    expect(isAuthorizedCron("Bearer undefined", undefined)).toBe(false);
  });
});
