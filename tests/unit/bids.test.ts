import { describe, expect, it } from "vitest";
import { BIDS, BidKindSchema } from "@/lib/bids/kinds";
import { BID_GATHER_MS, planBurstMessage } from "@/lib/bids/messages";

const MINUTE = 60_000;
const NOON_LONDON = new Date("2026-11-24T12:00:00Z");
const at = (minutes: number, from = NOON_LONDON) => new Date(from.getTime() + minutes * MINUTE);

/** Plans messages for taps at these minutes, as the service does: each one sees the messages planned before it. */
function messagesFor(minutes: number[], timeZone = "Europe/London", from = NOON_LONDON, topic: "bids" | "repairs" = "bids") {
  const planned: { periodKey: string; dueAt: Date }[] = [];
  for (const minute of minutes) {
    const plan = planBurstMessage(topic, planned, at(minute, from), timeZone);
    if (plan) planned.push(plan);
  }
  return planned;
}

describe("planBurstMessage", () => {
  it("makes a burst of taps one message, due a moment after the first so the burst is in it", () => {
    const planned = messagesFor([0, 0.2, 0.5, 1, 1.5]);
    expect(planned).toEqual([{ periodKey: "bids:2026-11-24:1", dueAt: new Date(NOON_LONDON.getTime() + BID_GATHER_MS) }]);
  });

  it("sends nothing more for an hour after a message; what comes meanwhile waits on home", () => {
    expect(messagesFor([0, 30, 61]).map((m) => m.dueAt)).toEqual([at(2)]);
    expect(messagesFor([0, 63]).map((m) => m.dueAt)).toEqual([at(2), at(65)]);
  });

  it("never sends more than three a day, however often they reach out", () => {
    const allDay = Array.from({ length: 10 }, (_, hour) => hour * 70 - 600); // 02:00 to 12:30, every 70 minutes
    expect(messagesFor(allDay).map((m) => m.periodKey)).toEqual(["bids:2026-11-24:1", "bids:2026-11-24:2", "bids:2026-11-24:3"]);
  });

  it("keeps its own count for repair phrases", () => {
    expect(messagesFor([0], "Europe/London", NOON_LONDON, "repairs").map((m) => m.periodKey)).toEqual(["repairs:2026-11-24:1"]);
  });

  it("counts the day in the recipient's zone: a new day there starts a new count", () => {
    // 09:00 UTC is 22:00 in Auckland (UTC+13 in November): the first two taps are the evening of the 24th there, the rest the 25th.
    const from = new Date("2026-11-24T09:00:00Z");
    const planned = messagesFor([0, 62, 124, 186, 250], "Pacific/Auckland", from);
    expect(planned.map((m) => m.periodKey)).toEqual([
      "bids:2026-11-24:1",
      "bids:2026-11-24:2",
      "bids:2026-11-25:1",
      "bids:2026-11-25:2",
      "bids:2026-11-25:3",
    ]);
    // The same taps for someone in London are all on one day: three at most.
    expect(messagesFor([0, 62, 124, 186, 250], "Europe/London", from)).toHaveLength(3);
  });
});

describe("the bids of content/bids.json", () => {
  it("offers four to eight small bids, each with its answer back, and accepts no other kind", () => {
    expect(BIDS.length).toBeGreaterThanOrEqual(4);
    expect(BIDS.map((b) => b.label)).toContain("Thinking of you");
    for (const bid of BIDS) {
      expect(bid.answer).not.toBe("");
      expect(BidKindSchema.safeParse(bid.id).success).toBe(true);
    }
    expect(BidKindSchema.safeParse("anything-else").success).toBe(false);
    expect(BidKindSchema.safeParse("").success).toBe(false);
  });
});
