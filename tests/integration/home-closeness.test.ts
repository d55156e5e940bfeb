/**
 * Home reads bids, the repair list, apologies and follow-ups in one
 * statement (lib/home/closeness.ts). It must show exactly what the services
 * behind /bids, /repair and /talk show, for each of the two, with all the
 * same privacy rules.
 */
import { describe, expect, it } from "vitest";
import { answerBid, getBids, sendBid } from "@/lib/bids/service";
import { db } from "@/lib/db";
import { getHomeCloseness } from "@/lib/home/closeness";
import { answerApology, listApologies, sendApology } from "@/lib/repair/apologies";
import { addOwnPhrase, getRepairList, sendRepair, setPickPrivacy, togglePhrase } from "@/lib/repair/service";
import { answerFollowUp, dueFollowUps } from "@/lib/talk/follow-up";
import { installQueryCounter } from "../../scripts/bench/lib/query-counter";
import { createCouple } from "../support/integration";

const counter = installQueryCounter(process.env.DATABASE_URL!);
const NOW = new Date("2026-11-24T12:00:00Z");
const HOUR = 3_600_000;
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR);
const words = { happened: "late", effect: "you waited", change: "leave earlier", ask: "What would help?" };

describe("home's closeness read", () => {
  it("shows each partner exactly what the services show, in one statement", async () => {
    const { couple, viewerA, viewerB } = await createCouple("Alex", "Blake", { now: at(-100) });
    const other = await createCouple("Other", "Person");
    await sendBid(other.viewerA, "hug", { now: at(-1) });

    // Bids: old (out of the window), answered, waiting, both ways.
    await sendBid(viewerA, "kiss", { now: at(-80) });
    const hug = await sendBid(viewerA, "hug", { now: at(-5) });
    await answerBid(viewerB, hug.id, { now: at(-4) });
    await sendBid(viewerB, "miss-you", { now: at(-3) });
    await sendBid(viewerA, "thinking-of-you", { now: at(-2) });

    // Repair lists: shared, private, own words; sent both ways; one made private after it was sent.
    await togglePhrase(viewerA, "sorry-1");
    await addOwnPhrase(viewerA, { text: "ALEX-PRIVATE", private: true });
    await togglePhrase(viewerB, "calm-2");
    await addOwnPhrase(viewerB, { text: "BLAKE-OWN", private: false });
    const blakes = await db.repairPick.findMany({ where: { userId: viewerB.id }, orderBy: { createdAt: "asc" } });
    const alexs = await db.repairPick.findFirstOrThrow({ where: { userId: viewerA.id, phraseId: "sorry-1" } });
    await sendRepair(viewerA, blakes[0]!.id, { now: at(-6) });
    await sendRepair(viewerA, blakes[1]!.id, { now: at(-5) });
    await sendRepair(viewerB, alexs.id, { now: at(-4) });
    await setPickPrivacy(viewerB, blakes[1]!.id, true);

    // Apologies: one waiting, one resting, one whose rest is over, one answered and not yet seen by its author.
    await sendApology(viewerA, words, { now: at(-10) });
    const resting = await sendApology(viewerA, words, { now: at(-9) });
    await answerApology(viewerB, resting.id, "NEED_TIME", { now: at(-8) });
    const returned = await sendApology(viewerB, words, { now: at(-90) });
    await answerApology(viewerA, returned.id, "NEED_TIME", { now: at(-60) });
    const forgiven = await sendApology(viewerB, words, { now: at(-7) });
    await answerApology(viewerA, forgiven.id, "FORGIVE", { now: at(-6) });

    // Agreements: one due with Alex's answer, one due with both answers, one not yet due.
    const [dueOne, dueBoth] = await Promise.all(
      ["DUE-ONE", "DUE-BOTH", "NOT-YET"].map((text, i) =>
        db.agreement.create({ data: { coupleId: couple.id, text, followUpAt: i < 2 ? at(-1 - i) : at(5) } }),
      ),
    );
    await answerFollowUp(viewerA, dueOne!.id, "PARTLY", { now: NOW });
    await answerFollowUp(viewerA, dueBoth!.id, "YES", { now: NOW });
    await answerFollowUp(viewerB, dueBoth!.id, "NOT_YET", { now: NOW });

    for (const viewer of [viewerA, viewerB]) {
      const before = counter.statements;
      const home = await getHomeCloseness(viewer, { now: NOW });
      expect(counter.statements - before).toBe(1);
      expect(home.bids).toEqual(await getBids(viewer, { now: NOW }));
      expect(home.repair).toEqual(await getRepairList(viewer, { now: NOW }));
      expect(home.followUps).toEqual(await dueFollowUps(viewer, { now: NOW }));
      const apologies = await listApologies(viewer, { now: NOW });
      expect(home.apologies).toEqual({
        waiting: apologies.filter((a) => a.waitingForMe).length,
        answered: apologies.filter((a) => a.mine && a.isNew).length,
      });
    }
    // What each sees, spelled out for one of them, so that equal-but-empty cannot pass.
    const alex = await getHomeCloseness(viewerA, { now: NOW });
    expect(alex.bids.received.map((b) => b.kind)).toEqual(["miss-you"]);
    expect(alex.bids.waiting.map((b) => b.kind)).toEqual(["thinking-of-you"]);
    expect(alex.bids.answers.map((b) => b.kind)).toEqual(["hug"]);
    expect(alex.repair.partners.map((p) => p.words)).toEqual(["I'm getting flooded. I'll come back to this, I promise."]);
    expect(alex.repair.sent.map((r) => r.words)).toEqual(["I'm getting flooded. I'll come back to this, I promise."]);
    expect(JSON.stringify(alex)).not.toContain("BLAKE-OWN");
    // Blake's apology whose rest is over waits for Alex; Blake asked for time with one of Alex's.
    expect(alex.apologies).toEqual({ waiting: 1, answered: 1 });
    expect(alex.followUps.map((f) => [f.text, f.revealed])).toEqual([
      ["DUE-BOTH", true],
      ["DUE-ONE", false],
    ]);
    const blake = await getHomeCloseness(viewerB, { now: NOW });
    // Alex's first apology waits (the resting one does not); Alex answered two of Blake's.
    expect(blake.apologies).toEqual({ waiting: 1, answered: 2 });
    expect(JSON.stringify(blake)).not.toContain("ALEX-PRIVATE");
    expect(blake.followUps.find((f) => f.text === "DUE-ONE")).toMatchObject({ partnerAnswered: true, theirs: null });
    expect(await getHomeCloseness(other.viewerB, { now: NOW })).toMatchObject({ repair: { partners: [] }, followUps: [] });
  });
});
