import { describe, expect, it } from "vitest";
import { answerBid, getBids, markBidsSeen, sendBid, turningToward } from "@/lib/bids/service";
import { unlinkPartner } from "@/lib/couples/service";
import { db } from "@/lib/db";
import { loadDigests } from "@/lib/digests/load";
import { runNotifications } from "@/lib/notifications/runner";
import { fakeResendForFile } from "../support/fake-mail";
import { createCouple, createPerson, viewerFor } from "../support/integration";
import { listening, watch } from "../support/live";

const mail = fakeResendForFile({ freshDeliveries: true });

const NOW = new Date("2026-11-24T12:00:00Z"); // Tuesday noon in London
const MINUTE = 60_000;
const at = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);
const run = (now: Date) => runNotifications({ db, mailer: mail.mailer, pusher: null, now });
const subjectsTo = (address: string) => mail.provider.delivered.filter((m) => m.to.includes(address)).map((m) => m.subject);
const bidMessagesFor = (userId: string) =>
  db.delivery.findMany({ where: { userId, kind: "BID" }, select: { periodKey: true, dueAt: true } });

describe("a bid", () => {
  it("reaches the partner's home as new, live, and the sender sees it waiting; nothing of it reaches anyone else", async () => {
    const { a, b, viewerA, viewerB } = await createCouple("Alex", "Blake", { now: NOW });
    const other = await createCouple("Other", "Person", { now: NOW });
    await listening();
    const partner = watch("partner", b.id);
    const self = watch("partner", a.id);
    const outsider = watch("partner", other.a.id);

    const bid = await sendBid(viewerA, "thinking-of-you", { now: NOW });
    expect(await partner.next(1)).toMatchObject([{ to: b.id, kind: "bid" }]);

    expect(await getBids(viewerB, { now: at(1) })).toEqual({
      received: [{ id: bid.id, kind: "thinking-of-you", at: NOW, answered: false, isNew: true }],
      answers: [],
      waiting: [],
    });
    expect(await getBids(viewerA, { now: at(1) })).toEqual({
      received: [],
      answers: [],
      waiting: [{ id: bid.id, kind: "thinking-of-you", at: NOW }],
    });
    expect(await getBids(other.viewerA, { now: at(1) })).toEqual({ received: [], answers: [], waiting: [] });
    expect(self.signals).toEqual([]);
    expect(outsider.signals).toEqual([]);
    [partner, self, outsider].forEach((w) => w.stop());
  });

  it("needs a partner", async () => {
    const alone = await viewerFor((await createPerson("Solo")).id);
    await expect(sendBid(alone, "hug")).rejects.toMatchObject({ code: "conflict" });
  });

  it("is one bid however often the same one is tapped in ten minutes, and one message for a burst of them", async () => {
    const { b, viewerA } = await createCouple("Alex", "Blake", { now: NOW });
    const first = await sendBid(viewerA, "hug", { now: NOW });
    expect(await sendBid(viewerA, "hug", { now: at(0.5) })).toEqual({ id: first.id, repeated: true });
    await sendBid(viewerA, "thinking-of-you", { now: at(1) });
    await sendBid(viewerA, "miss-you", { now: at(1.5) });
    expect(await db.bid.count({ where: { recipientId: b.id } })).toBe(3);

    expect(await bidMessagesFor(b.id)).toEqual([{ periodKey: "bids:2026-11-24:1", dueAt: at(2) }]);
    expect(await run(at(1.9))).toMatchObject({ sent: 0 });
    expect(await run(at(2))).toMatchObject({ sent: 1 });
    expect(subjectsTo(b.email)).toEqual(["Alex reached out 3 times"]);

    // Within the hour after: home shows it, no message.
    await sendBid(viewerA, "proud-of-you", { now: at(30) });
    expect(await bidMessagesFor(b.id)).toHaveLength(1);
    // After the hour: a message again, saying the one bid it is about.
    await markBidsSeen(await viewerFor(b.id), await getBids(await viewerFor(b.id), { now: at(40) }), { now: at(40) });
    await sendBid(viewerA, "kiss", { now: at(90) });
    await run(at(92));
    expect(subjectsTo(b.email)).toEqual(["Alex reached out 3 times", "Alex sent you a kiss"]);
  });

  it("sends no message when the partner already saw it on home before it was due", async () => {
    const { b, viewerA, viewerB } = await createCouple("Alex", "Blake", { now: NOW });
    await sendBid(viewerA, "hug", { now: NOW });
    await markBidsSeen(viewerB, await getBids(viewerB, { now: at(1) }), { now: at(1) });
    expect(await run(at(2))).toMatchObject({ sent: 0, skipped: 1 });
    expect(subjectsTo(b.email)).toEqual([]);
  });

  it("is answered in one tap by its recipient only, once, and the sender hears of it", async () => {
    const { a, b, viewerA, viewerB } = await createCouple("Alex", "Blake", { now: NOW });
    const other = await createCouple("Other", "Person", { now: NOW });
    const bid = await sendBid(viewerA, "thinking-of-you", { now: NOW });

    await expect(answerBid(viewerA, bid.id, { now: at(1) })).rejects.toMatchObject({ code: "not_found" });
    await expect(answerBid(other.viewerB, bid.id, { now: at(1) })).rejects.toMatchObject({ code: "not_found" });
    await listening();
    const sender = watch("partner", a.id);
    await answerBid(viewerB, bid.id, { now: at(5) });
    expect(await sender.next(1)).toMatchObject([{ to: a.id, kind: "bid" }]);
    sender.stop();
    await expect(answerBid(viewerB, bid.id, { now: at(6) })).rejects.toMatchObject({ code: "conflict" });

    expect((await getBids(viewerB, { now: at(6) })).received).toMatchObject([{ id: bid.id, answered: true }]);
    const forSender = await getBids(viewerA, { now: at(6) });
    expect(forSender.answers).toEqual([{ id: bid.id, kind: "thinking-of-you", at: at(5), isNew: true }]);
    expect(forSender.waiting).toEqual([]);

    await run(at(8));
    expect(subjectsTo(a.email)).toEqual(["Blake is thinking of you too"]);
    // The answer marked the bid seen for Blake: Blake's own message about it is not sent.
    expect(subjectsTo(b.email)).toEqual([]);

    await markBidsSeen(viewerA, forSender, { now: at(9) });
    expect((await getBids(viewerA, { now: at(10) })).answers).toMatchObject([{ isNew: false }]);
  });

  it("stays with the couple it was sent in: after unlinking neither sees it, and it can no longer be answered", async () => {
    const { b, viewerA } = await createCouple("Alex", "Blake", { now: NOW });
    const bid = await sendBid(viewerA, "hug", { now: NOW });
    await unlinkPartner(viewerA, { now: at(1) });
    const blake = await viewerFor(b.id);
    expect(await getBids(blake, { now: at(2) })).toEqual({ received: [], answers: [], waiting: [] });
    await expect(answerBid(blake, bid.id, { now: at(2) })).rejects.toMatchObject({ code: "not_found" });
    await run(at(3));
    expect(subjectsTo(b.email).filter((s) => s.startsWith("Alex sent"))).toEqual([]);
  });
});

describe("turning toward", () => {
  it("counts the couple's bids and answers of the last 30 days together, not per person", async () => {
    const { viewerA, viewerB } = await createCouple("Alex", "Blake", { now: NOW });
    const old = await sendBid(viewerA, "hug", { now: new Date(NOW.getTime() - 31 * 24 * 60 * MINUTE) });
    await answerBid(viewerB, old.id, { now: NOW });
    const one = await sendBid(viewerA, "hug", { now: at(0) });
    await sendBid(viewerA, "kiss", { now: at(1) });
    await sendBid(viewerB, "miss-you", { now: at(2) });
    await answerBid(viewerB, one.id, { now: at(3) });

    const seenByA = await turningToward(viewerA, { now: at(10) });
    expect(seenByA).toEqual({ bids: 3, answered: 1 });
    expect(await turningToward(viewerB, { now: at(10) })).toEqual(seenByA);
  });

  it("reaches the weekly digest as counts only", async () => {
    const { a, viewerA, viewerB } = await createCouple("Alex", "Blake", { now: NOW });
    const bid = await sendBid(viewerA, "hug", { now: NOW });
    await sendBid(viewerB, "thinking-of-you", { now: at(1) });
    await answerBid(viewerB, bid.id, { now: at(2) });
    const digests = await loadDigests(db, [{ userId: a.id, dueAt: at(60 * 24), weekStart: at(-60 * 24) }]);
    expect(digests.get(a.id)?.props.bids).toEqual({ sent: 1, received: 1, answered: 1 });
  });
});
