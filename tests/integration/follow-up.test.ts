import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runNotifications } from "@/lib/notifications/runner";
import { answerFollowUp, dueFollowUps, settleFollowUp } from "@/lib/talk/follow-up";
import { closeTalk, startTalk, takeTurn } from "@/lib/talk/service";
import { fakeResendForFile } from "../support/fake-mail";
import { createCouple } from "../support/integration";
import { listening, watch } from "../support/live";

const mail = fakeResendForFile({ freshDeliveries: true });

const NOW = new Date("2026-11-24T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY);
const run = (now: Date) => runNotifications({ db, mailer: mail.mailer, pusher: null, now });
const subjectsTo = (address: string) => mail.provider.delivered.filter((m) => m.to.includes(address)).map((m) => m.subject);

/** A talk both spoke and were heard in, closed by both, Alex's closing note with an agreement. */
async function agreedCouple() {
  const couple = await createCouple("Alex", "Blake", { now: NOW });
  const { viewerA: a, viewerB: b } = couple;
  const talk = await startTalk(a, { topic: "Phones at breakfast", first: "me" }, { now: NOW });
  let version = 0;
  const move = async (viewer: typeof a, turn: Parameters<typeof takeTurn>[2]) => {
    await takeTurn(viewer, talk.id, turn, { now: NOW });
    version += 1;
  };
  await move(a, { kind: "share", version, body: "I miss our mornings." });
  await move(b, { kind: "reflect", version, body: "You miss our mornings." });
  await move(a, { kind: "confirm", version });
  await move(b, { kind: "share", version, body: "I need the news." });
  await move(a, { kind: "reflect", version, body: "You need the news." });
  await move(b, { kind: "confirm", version });
  await move(a, { kind: "close", version });
  await closeTalk(a, talk.id, { version, appreciation: "You listened.", agreement: "AGREED: no phones until nine" }, { now: NOW });
  await closeTalk(b, talk.id, { version: version + 1, appreciation: "You did too." }, { now: NOW });
  const agreement = await db.agreement.findFirstOrThrow({ where: { coupleId: couple.couple.id } });
  return { ...couple, agreement };
}

describe("an agreement's follow-up", () => {
  it("asks both, a week later, privately, and reveals the answers only once both have given theirs", async () => {
    const { a, b, viewerA, viewerB, agreement } = await agreedCouple();
    expect(agreement.followUpAt).toEqual(at(7));
    expect(await dueFollowUps(viewerA, { now: at(6.9) })).toEqual([]);

    await run(at(6.9));
    expect(subjectsTo(a.email)).not.toContain("Did you keep your agreement?");
    await run(at(7));
    expect(subjectsTo(a.email)).toContain("Did you keep your agreement?");
    expect(subjectsTo(b.email)).toContain("Did you keep your agreement?");
    expect(JSON.stringify(mail.provider.delivered)).not.toContain("AGREED");

    await listening();
    const partner = watch("partner", b.id);
    await answerFollowUp(viewerA, agreement.id, "PARTLY", { now: at(7) });
    expect(await partner.next(1)).toMatchObject([{ to: b.id, kind: "talk" }]);
    partner.stop();
    expect(await dueFollowUps(viewerB, { now: at(7) })).toMatchObject([
      { id: agreement.id, mine: null, theirs: null, partnerAnswered: true, revealed: false },
    ]);
    expect(await dueFollowUps(viewerA, { now: at(7) })).toMatchObject([{ mine: "PARTLY", theirs: null, revealed: false }]);
    await expect(settleFollowUp(viewerA, agreement.id, { kind: "keep" }, { now: at(7) })).rejects.toMatchObject({ code: "conflict" });

    await answerFollowUp(viewerB, agreement.id, "YES", { now: at(7.1) });
    expect(await dueFollowUps(viewerA, { now: at(7.1) })).toMatchObject([{ mine: "PARTLY", theirs: "YES", revealed: true }]);
    await expect(answerFollowUp(viewerA, agreement.id, "YES", { now: at(7.2) })).rejects.toMatchObject({ code: "conflict" });
  });

  it("is not sent to someone who already answered, nor once the agreement is retired", async () => {
    const { a, b, viewerA, viewerB, agreement } = await agreedCouple();
    await answerFollowUp(viewerA, agreement.id, "YES", { now: at(7) });
    await run(at(7));
    expect(subjectsTo(a.email)).not.toContain("Did you keep your agreement?");
    expect(subjectsTo(b.email)).toContain("Did you keep your agreement?");
    await answerFollowUp(viewerB, agreement.id, "NOT_YET", { now: at(7) });
    await settleFollowUp(viewerB, agreement.id, { kind: "retire" }, { now: at(7.5) });
    expect(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({ status: "RETIRED", followUpAt: null });
    expect(await dueFollowUps(viewerA, { now: at(8) })).toEqual([]);
  });

  it("kept going: no more asking; adjusted: new words, asked again a week later with fresh answers", async () => {
    const { viewerA, viewerB, agreement, couple } = await agreedCouple();
    await answerFollowUp(viewerA, agreement.id, "PARTLY", { now: at(7) });
    await answerFollowUp(viewerB, agreement.id, "PARTLY", { now: at(7) });
    await settleFollowUp(viewerA, agreement.id, { kind: "adjust", text: "No phones until half past eight" }, { now: at(8) });
    expect(await dueFollowUps(viewerB, { now: at(8) })).toEqual([]);
    expect(await dueFollowUps(viewerB, { now: at(15) })).toMatchObject([
      { text: "No phones until half past eight", mine: null, partnerAnswered: false, revealed: false },
    ]);
    expect(await db.delivery.count({ where: { kind: "AGREEMENT_CHECK", dueAt: at(15) } })).toBe(2);

    await answerFollowUp(viewerA, agreement.id, "YES", { now: at(15) });
    await answerFollowUp(viewerB, agreement.id, "YES", { now: at(15) });
    await settleFollowUp(viewerB, agreement.id, { kind: "keep" }, { now: at(15) });
    expect(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({ status: "ACTIVE", followUpAt: null });
    expect(await dueFollowUps(viewerA, { now: at(30) })).toEqual([]);

    const stranger = await createCouple("Sam", "Kim");
    expect(await dueFollowUps(stranger.viewerA, { now: at(30) })).toEqual([]);
    expect(couple.id).toBeTruthy();
  });
});
