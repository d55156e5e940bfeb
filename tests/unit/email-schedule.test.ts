import { afterEach, describe, expect, it } from "vitest";
import { digestOccurrence, reminderOccurrence } from "@/lib/notifications/schedule";
import { isoWeekIndex, isoWeekKey } from "@/lib/practices/week";

const at = (iso: string) => new Date(iso);

describe("check-in reminder", () => {
  it("falls due at the chosen local hour and stays due for the rest of that local day", () => {
    expect(reminderOccurrence(20, "Europe/Paris", at("2026-11-22T18:59:00Z"))).toBeNull();
    expect(reminderOccurrence(20, "Europe/Paris", at("2026-11-22T19:00:00Z"))).toEqual({
      periodKey: "2026-11-22",
      dueAt: at("2026-11-22T19:00:00Z"),
    });
    expect(reminderOccurrence(20, "Europe/Paris", at("2026-11-22T22:59:00Z"))?.periodKey).toBe("2026-11-22");
    // 00:30 local the next day: a new day, not yet due.
    expect(reminderOccurrence(20, "Europe/Paris", at("2026-11-22T23:30:00Z"))).toBeNull();
  });

  it("keeps the local hour across the spring-forward change (Europe/Paris, 29 March 2026)", () => {
    expect(reminderOccurrence(20, "Europe/Paris", at("2026-03-28T19:00:00Z"))?.dueAt).toEqual(at("2026-03-28T19:00:00Z"));
    expect(reminderOccurrence(20, "Europe/Paris", at("2026-03-29T18:00:00Z"))?.dueAt).toEqual(at("2026-03-29T18:00:00Z"));
  });

  it("keeps the local hour across the fall-back change (Europe/Paris, 25 October 2026)", () => {
    expect(reminderOccurrence(20, "Europe/Paris", at("2026-10-24T18:00:00Z"))?.dueAt).toEqual(at("2026-10-24T18:00:00Z"));
    expect(reminderOccurrence(20, "Europe/Paris", at("2026-10-25T18:59:00Z"))).toBeNull();
    expect(reminderOccurrence(20, "Europe/Paris", at("2026-10-25T19:00:00Z"))?.dueAt).toEqual(at("2026-10-25T19:00:00Z"));
  });

  it("keeps the local hour across both changes in the southern hemisphere (Australia/Sydney)", () => {
    // Daylight time ends 5 April 2026 (UTC+11 → +10) and starts 4 October 2026 (+10 → +11).
    expect(reminderOccurrence(8, "Australia/Sydney", at("2026-04-03T21:00:00Z"))?.dueAt).toEqual(at("2026-04-03T21:00:00Z"));
    expect(reminderOccurrence(8, "Australia/Sydney", at("2026-04-04T21:00:00Z"))).toBeNull(); // 07:00 local after the change
    expect(reminderOccurrence(8, "Australia/Sydney", at("2026-04-04T22:00:00Z"))?.dueAt).toEqual(at("2026-04-04T22:00:00Z"));
    expect(reminderOccurrence(8, "Australia/Sydney", at("2026-10-02T22:00:00Z"))?.dueAt).toEqual(at("2026-10-02T22:00:00Z"));
    expect(reminderOccurrence(8, "Australia/Sydney", at("2026-10-03T21:00:00Z"))?.dueAt).toEqual(at("2026-10-03T21:00:00Z"));
  });

  it("moves a reminder set inside the spring-forward gap to the first hour after it", () => {
    // 02:00 does not exist in Paris on 29 March 2026.
    expect(reminderOccurrence(2, "Europe/Paris", at("2026-03-29T01:30:00Z"))?.dueAt).toEqual(at("2026-03-29T01:00:00Z"));
  });
});

describe("weekly digest", () => {
  it("is one period per ISO week in the person's zone, whichever day and hour it is moved to", () => {
    const sunday = digestOccurrence(0, 18, "Europe/London", at("2026-11-22T18:00:00Z"));
    const movedToSundayNight = digestOccurrence(0, 21, "Europe/London", at("2026-11-22T21:00:00Z"));
    const movedToSaturday = digestOccurrence(6, 9, "Europe/London", at("2026-11-21T09:00:00Z"));
    expect(new Set([sunday?.periodKey, movedToSundayNight?.periodKey, movedToSaturday?.periodKey])).toEqual(new Set(["2026-W47"]));
  });

  it("falls due on the chosen local weekday and hour (default Sunday 18:00)", () => {
    expect(digestOccurrence(0, 18, "Europe/London", at("2026-11-22T17:59:00Z"))).toBeNull();
    const due = digestOccurrence(0, 18, "Europe/London", at("2026-11-22T18:00:00Z"));
    expect(due).toEqual({ periodKey: "2026-W47", dueAt: at("2026-11-22T18:00:00Z") });
  });

  it("stays due for a day, then gives up rather than send a stale digest", () => {
    expect(digestOccurrence(0, 18, "Europe/London", at("2026-11-23T17:59:00Z"))?.periodKey).toBe("2026-W47");
    expect(digestOccurrence(0, 18, "Europe/London", at("2026-11-23T18:00:00Z"))).toBeNull();
  });

  it("uses the person's own calendar: Monday 08:00 in Auckland is Sunday evening UTC", () => {
    expect(digestOccurrence(1, 8, "Pacific/Auckland", at("2026-11-22T19:00:00Z"))).toEqual({
      periodKey: "2026-W48",
      dueAt: at("2026-11-22T19:00:00Z"),
    });
  });

  it("is daylight-saving safe in New York and Sydney", () => {
    // New York falls back on Sunday 1 November 2026: 18:00 local is 23:00 UTC.
    expect(digestOccurrence(0, 18, "America/New_York", at("2026-11-01T23:00:00Z"))?.dueAt).toEqual(at("2026-11-01T23:00:00Z"));
    expect(digestOccurrence(0, 18, "America/New_York", at("2026-11-01T22:30:00Z"))).toBeNull();
    // New York springs forward on Sunday 8 March 2026: 18:00 local is 22:00 UTC.
    expect(digestOccurrence(0, 18, "America/New_York", at("2026-03-08T22:00:00Z"))?.periodKey).toBe("2026-W10");
    // Sydney starts daylight time on Sunday 4 October 2026: 18:00 local is 07:00 UTC.
    expect(digestOccurrence(0, 18, "Australia/Sydney", at("2026-10-04T07:00:00Z"))?.dueAt).toEqual(at("2026-10-04T07:00:00Z"));
    expect(digestOccurrence(0, 18, "Australia/Sydney", at("2026-10-04T06:59:00Z"))).toBeNull();
  });
});

describe("the server's own time zone", () => {
  const SERVER_ZONES = ["UTC", "Europe/London", "America/New_York", "Pacific/Auckland", "Asia/Kolkata"];
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  // Node applies a change to process.env.TZ at once, so each case runs as on a server in that zone.
  it.each(SERVER_ZONES)("changes nothing on a server in %s", (serverZone) => {
    process.env.TZ = serverZone;
    // Inside the Paris spring-forward gap: forward to the first instant after it.
    expect(reminderOccurrence(2, "Europe/Paris", at("2026-03-29T01:30:00Z"))?.dueAt).toEqual(at("2026-03-29T01:00:00Z"));
    // Auckland's clocks skip 02:00 on 27 September 2026 (14:00 UTC the day before) …
    expect(reminderOccurrence(2, "Pacific/Auckland", at("2026-09-26T15:00:00Z"))?.dueAt).toEqual(at("2026-09-26T14:00:00Z"));
    // … and show 02:00 twice on 5 April 2026: the first one counts.
    expect(reminderOccurrence(2, "Pacific/Auckland", at("2026-04-04T16:00:00Z"))?.dueAt).toEqual(at("2026-04-04T13:00:00Z"));
    expect(digestOccurrence(0, 18, "Europe/London", at("2026-11-22T18:30:00Z"))).toMatchObject({
      periodKey: "2026-W47",
      dueAt: at("2026-11-22T18:00:00Z"),
    });
    expect(isoWeekKey(at("2026-11-22T23:30:00Z"), "Europe/Paris")).toBe("2026-W48");
    expect(isoWeekKey(at("2026-11-22T23:30:00Z"), "America/New_York")).toBe("2026-W47");
    expect(isoWeekIndex(at("2026-03-30T12:00:00Z"), "Europe/Paris") - isoWeekIndex(at("2026-03-23T12:00:00Z"), "Europe/Paris")).toBe(1);
  });
});
