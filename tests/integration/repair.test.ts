import { describe, expect, it } from "vitest";
import { exportMyData } from "@/lib/account/service";
import { unlinkPartner } from "@/lib/couples/service";
import { db } from "@/lib/db";
import { loadDigests } from "@/lib/digests/load";
import { runNotifications } from "@/lib/notifications/runner";
import { answerApology, deleteApology, listApologies, sendApology } from "@/lib/repair/apologies";
import {
  addOwnPhrase,
  getRepairList,
  markRepairsSeen,
  partnersPicks,
  removePick,
  sendRepair,
  setPickPrivacy,
  togglePhrase,
} from "@/lib/repair/service";
import { fakeResendForFile } from "../support/fake-mail";
import { createCouple, viewerFor } from "../support/integration";
import { listening, watch } from "../support/live";

const mail = fakeResendForFile({ freshDeliveries: true });

const NOW = new Date("2026-11-24T12:00:00Z");
const MINUTE = 60_000;
const at = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);

/** Couple A and B, where B picked one of our phrases and wrote two of their own, one kept private. */
async function coupleWithBsList() {
  const couple = await createCouple("Alex", "Blake", { now: NOW });
  await togglePhrase(couple.viewerB, "sorry-1");
  await addOwnPhrase(couple.viewerB, { text: "BLAKE-SHARED: come and sit with me", private: false });
  await addOwnPhrase(couple.viewerB, { text: "BLAKE-PRIVATE: remember they love you", private: true });
  const picks = await db.repairPick.findMany({ where: { userId: couple.b.id }, orderBy: { createdAt: "asc" } });
  return { ...couple, picks };
}

describe("our repair list", () => {
  it("shows each person their whole list and their partner's shared phrases only", async () => {
    const { viewerA, viewerB } = await coupleWithBsList();
    const mine = await getRepairList(viewerB);
    expect(mine.mine.map((p) => [p.words, p.private])).toEqual([
      ["I'm sorry. I got that wrong.", false],
      ["BLAKE-SHARED: come and sit with me", false],
      ["BLAKE-PRIVATE: remember they love you", true],
    ]);
    const forAlex = await getRepairList(viewerA);
    expect(forAlex.partners.map((p) => p.words)).toEqual(["I'm sorry. I got that wrong.", "BLAKE-SHARED: come and sit with me"]);
    expect(JSON.stringify(forAlex)).not.toContain("BLAKE-PRIVATE");
    // What a talk offers: the same shared picks, in one statement.
    expect(await partnersPicks(viewerA)).toEqual(forAlex.partners);
  });

  it("tapping one of our phrases again takes it off; an unknown phrase or a stranger's pick cannot be reached", async () => {
    const { viewerB, b } = await coupleWithBsList();
    expect(await togglePhrase(viewerB, "sorry-1")).toEqual({ picked: false });
    expect(await db.repairPick.count({ where: { userId: b.id, phraseId: "sorry-1" } })).toBe(0);
    expect(await togglePhrase(viewerB, "sorry-1")).toEqual({ picked: true });
    const stranger = await createCouple("Sam", "Kim");
    const pick = await db.repairPick.findFirstOrThrow({ where: { userId: b.id, phraseId: "sorry-1" } });
    await expect(removePick(stranger.viewerA, pick.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(setPickPrivacy(stranger.viewerA, pick.id, true)).rejects.toMatchObject({ code: "not_found" });
    await expect(sendRepair(stranger.viewerA, pick.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("tells the partner's open page when the shared list changes, and says nothing of a private phrase", async () => {
    const { a, viewerB } = await createCouple("Alex", "Blake", { now: NOW });
    await listening();
    const partner = watch("partner", a.id);
    await addOwnPhrase(viewerB, { text: "private words", private: true });
    const hidden = await db.repairPick.findFirstOrThrow({ where: { text: "private words" } });
    await removePick(viewerB, hidden.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(partner.signals).toEqual([]);
    await togglePhrase(viewerB, "calm-1");
    expect(await partner.next(1)).toMatchObject([{ to: a.id, kind: "repair" }]);
    partner.stop();
  });
});

describe("sending a repair phrase", () => {
  it("sends one of the partner's shared phrases in one tap: on their home, live, by a message that carries no words", async () => {
    const { a, b, viewerA, viewerB, picks } = await coupleWithBsList();
    const [ours, shared, hidden] = picks;
    await listening();
    const partner = watch("partner", b.id);

    await expect(sendRepair(viewerA, hidden!.id, { now: NOW })).rejects.toMatchObject({ code: "not_found" });
    // A's own list is not what A sends: it is what A would welcome hearing.
    await togglePhrase(viewerA, "pause-4");
    const alexs = await db.repairPick.findFirstOrThrow({ where: { userId: a.id } });
    await expect(sendRepair(viewerA, alexs.id, { now: NOW })).rejects.toMatchObject({ code: "not_found" });

    const sent = await sendRepair(viewerA, shared!.id, { now: NOW });
    expect(await sendRepair(viewerA, shared!.id, { now: at(1) })).toEqual({ id: sent.id, repeated: true });
    await sendRepair(viewerA, ours!.id, { now: at(1) });
    expect(partner.signals.filter((s) => "kind" in s && s.kind === "repair").length).toBeGreaterThanOrEqual(1);
    partner.stop();

    const forBlake = await getRepairList(viewerB, { now: at(2) });
    expect(forBlake.received.map((r) => [r.words, r.isNew])).toEqual([
      ["I'm sorry. I got that wrong.", true],
      ["BLAKE-SHARED: come and sit with me", true],
    ]);
    expect((await getRepairList(viewerA, { now: at(2) })).sent).toHaveLength(2);

    await runNotifications({ db, mailer: mail.mailer, pusher: null, now: at(2) });
    const emails = mail.provider.delivered.filter((m) => m.to.includes(b.email));
    expect(emails.map((m) => m.subject)).toEqual(["Alex reached out to make things right"]);
    expect(JSON.stringify(emails)).not.toContain("BLAKE-SHARED");
    expect(JSON.stringify(emails)).not.toContain("got that wrong");

    await markRepairsSeen(viewerB, forBlake, { now: at(3) });
    expect((await getRepairList(viewerB, { now: at(4) })).received.every((r) => !r.isNew)).toBe(true);
  });

  it("once a phrase is made private, the sender no longer sees its words anywhere, and cannot send it", async () => {
    const { viewerA, viewerB, picks } = await coupleWithBsList();
    const shared = picks[1]!;
    await sendRepair(viewerA, shared.id, { now: NOW });
    await setPickPrivacy(viewerB, shared.id, true);
    const forAlex = await getRepairList(viewerA, { now: at(1) });
    expect(JSON.stringify(forAlex)).not.toContain("BLAKE-SHARED");
    expect(JSON.stringify(await exportMyData(viewerA))).not.toContain("BLAKE-SHARED");
    await expect(sendRepair(viewerA, shared.id, { now: at(20) })).rejects.toMatchObject({ code: "not_found" });
    // Blake still sees what was sent: they are Blake's own words.
    expect((await getRepairList(viewerB, { now: at(1) })).received.map((r) => r.words)).toEqual(["BLAKE-SHARED: come and sit with me"]);
  });

  it("belongs to the couple: after unlinking, neither sees the other's list or what was sent", async () => {
    const { a, viewerA, picks } = await coupleWithBsList();
    await sendRepair(viewerA, picks[0]!.id, { now: NOW });
    await unlinkPartner(viewerA, { now: at(1) });
    const alex = await viewerFor(a.id);
    const list = await getRepairList(alex, { now: at(2) });
    expect(list.partners).toEqual([]);
    expect(list.sent).toEqual([]);
    await expect(sendRepair(alex, picks[0]!.id, { now: at(2) })).rejects.toMatchObject({ code: "not_found" });
  });

  it("reaches the weekly digest as a count, never its words", async () => {
    const { a, viewerA, picks } = await coupleWithBsList();
    await sendRepair(viewerA, picks[1]!.id, { now: NOW });
    const digest = (await loadDigests(db, [{ userId: a.id, dueAt: at(60), weekStart: at(-60) }])).get(a.id);
    expect(digest?.props.repairs).toBe(1);
    expect(JSON.stringify(digest)).not.toContain("BLAKE-SHARED");
  });
});

describe("an apology", () => {
  const words = {
    happened: "APOLOGY-WORDS: I forgot our dinner",
    effect: "You waited alone",
    change: "I'll set a reminder",
    ask: "What would help?",
  };

  it("reaches the partner's page as new, live, by a message with none of its words; only they answer it", async () => {
    const { a, b, viewerA, viewerB } = await createCouple("Alex", "Blake", { now: NOW });
    const stranger = await createCouple("Sam", "Kim");
    await listening();
    const partner = watch("partner", b.id);
    const apology = await sendApology(viewerA, words, { now: NOW });
    expect(await partner.next(1)).toMatchObject([{ to: b.id, kind: "repair" }]);
    partner.stop();

    expect(await listApologies(viewerB, { now: at(1) })).toMatchObject([
      { id: apology.id, mine: false, happened: words.happened, answer: null, waitingForMe: true, isNew: true },
    ]);
    expect(await listApologies(viewerA, { now: at(1) })).toMatchObject([{ id: apology.id, mine: true, waitingForMe: false, isNew: false }]);
    expect(await listApologies(stranger.viewerA)).toEqual([]);
    await expect(answerApology(viewerA, apology.id, "FORGIVE")).rejects.toMatchObject({ code: "not_found" });
    await expect(answerApology(stranger.viewerB, apology.id, "FORGIVE")).rejects.toMatchObject({ code: "not_found" });

    await runNotifications({ db, mailer: mail.mailer, pusher: null, now: at(1) });
    const emails = mail.provider.delivered.filter((m) => m.to.includes(b.email));
    expect(emails.map((m) => m.subject)).toEqual(["Alex sent you an apology"]);
    expect(JSON.stringify(emails)).not.toContain("APOLOGY-WORDS");
    expect(a.id).toBeTruthy();
  });

  it("forgiven: the author hears that it was answered (not how), and it cannot be answered again", async () => {
    const { a, viewerA, viewerB } = await createCouple("Alex", "Blake", { now: NOW });
    const apology = await sendApology(viewerA, words, { now: NOW });
    await answerApology(viewerB, apology.id, "FORGIVE", { now: at(5) });
    await expect(answerApology(viewerB, apology.id, "TALK", { now: at(6) })).rejects.toMatchObject({ code: "conflict" });
    expect(await listApologies(viewerA, { now: at(6) })).toMatchObject([{ answer: "FORGIVE", isNew: true }]);
    await runNotifications({ db, mailer: mail.mailer, pusher: null, now: at(6) });
    const toAlex = mail.provider.delivered.filter((m) => m.to.includes(a.email));
    expect(toAlex.map((m) => m.subject)).toEqual(["Blake answered your apology"]);
    expect(JSON.stringify(toAlex)).not.toContain("forgive");
  });

  it("'a little time' rests it for two days, then brings it back to its recipient gently, who may answer then", async () => {
    const { b, viewerA, viewerB } = await createCouple("Alex", "Blake", { now: NOW });
    const apology = await sendApology(viewerA, words, { now: NOW });
    await runNotifications({ db, mailer: mail.mailer, pusher: null, now: at(1) });
    await answerApology(viewerB, apology.id, "NEED_TIME", { now: at(10) });
    expect(await listApologies(viewerB, { now: at(60) })).toMatchObject([{ answer: "NEED_TIME", waitingForMe: false }]);
    expect(await listApologies(viewerB, { now: at(10 + 2 * 24 * 60) })).toMatchObject([{ answer: "NEED_TIME", waitingForMe: true }]);

    await runNotifications({ db, mailer: mail.mailer, pusher: null, now: at(11) });
    const before = mail.provider.delivered.filter((m) => m.to.includes(b.email)).map((m) => m.subject);
    expect(before).toEqual(["Alex sent you an apology"]);
    await runNotifications({ db, mailer: mail.mailer, pusher: null, now: at(10 + 2 * 24 * 60) });
    expect(mail.provider.delivered.filter((m) => m.to.includes(b.email)).map((m) => m.subject)).toEqual([
      "Alex sent you an apology",
      "Alex's apology is still there for you",
    ]);
    await answerApology(viewerB, apology.id, "FORGIVE", { now: at(3 * 24 * 60) });
    expect(await listApologies(viewerB, { now: at(3 * 24 * 60) })).toMatchObject([{ answer: "FORGIVE", waitingForMe: false }]);
  });

  it("'can we talk it through?' starts a talk with the apology as its topic, the hurt one speaking first", async () => {
    const { b, viewerA, viewerB } = await createCouple("Alex", "Blake", { now: NOW });
    const apology = await sendApology(viewerA, words, { now: NOW });
    const { talkId } = await answerApology(viewerB, apology.id, "TALK", { now: at(5) });
    const talk = await db.talkExchange.findUniqueOrThrow({ where: { id: talkId! } });
    expect(talk).toMatchObject({ topic: "About the apology: APOLOGY-WORDS: I forgot our dinner", speakerId: b.id, phase: "SPEAKING" });
    expect(await listApologies(viewerA, { now: at(6) })).toMatchObject([{ answer: "TALK", talkId }]);
  });

  it("is limited to five a day, each being a message to the partner", async () => {
    const { viewerA } = await createCouple("Alex", "Blake", { now: NOW });
    for (let hour = 0; hour < 5; hour++) await sendApology(viewerA, words, { now: at(hour * 60) });
    await expect(sendApology(viewerA, words, { now: at(12 * 60) })).rejects.toMatchObject({ code: "rate_limited" });
    // A day after the first, one of the five has left the day.
    await expect(sendApology(viewerA, words, { now: at(24 * 60 + 1) })).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("is deleted by its author only, for both; after unlinking neither sees it", async () => {
    const { a, viewerA, viewerB } = await createCouple("Alex", "Blake", { now: NOW });
    const first = await sendApology(viewerA, words, { now: NOW });
    await expect(deleteApology(viewerB, first.id)).rejects.toMatchObject({ code: "not_found" });
    await deleteApology(viewerA, first.id);
    expect(await listApologies(viewerB)).toEqual([]);

    await sendApology(viewerA, words, { now: NOW });
    expect((await exportMyData(viewerB)).apologiesReceived).toHaveLength(1);
    await unlinkPartner(viewerA, { now: at(1) });
    expect(await listApologies(await viewerFor(a.id))).toEqual([]);
    expect((await exportMyData(await viewerFor(a.id))).apologiesWritten).toHaveLength(1);
  });
});
