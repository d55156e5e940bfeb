import { describe, expect, it } from "vitest";
import { deleteAccount, exportMyData } from "@/lib/account/service";
import type { Viewer } from "@/lib/auth/viewer";
import { unlinkPartner } from "@/lib/couples/service";
import { db } from "@/lib/db";
import { runNotifications } from "@/lib/notifications/runner";
import {
  breakEnds,
  closeTalk,
  deleteTalk,
  getTalk,
  listAgreements,
  listTalks,
  markWriting,
  setAgreementStatus,
  startTalk,
  takeTurn,
  talkPulse,
  talksWaitingOnMe,
} from "@/lib/talk/service";
import type { TurnInput } from "@/lib/talk/schema";
import { fakeResendForFile } from "../support/fake-mail";
import { createCouple, viewerFor } from "../support/integration";

const mail = fakeResendForFile({ freshDeliveries: true });

/** A move without its version: the helper makes it on the latest. */
type MoveInput = TurnInput extends infer T ? (T extends unknown ? Omit<T, "version"> : never) : never;

const NOW = new Date("2026-11-24T19:00:00Z");
const MINUTE = 60_000;
const at = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);

async function move(viewer: Viewer, talkId: string, input: MoveInput, now = NOW) {
  const { version } = await getTalk(viewer, talkId, { now });
  return takeTurn(viewer, talkId, { ...input, version } as TurnInput, { now });
}

describe("talk it through", () => {
  it("walks a whole exchange: share, 'Not quite', reflect again, 'Yes', swap, close with an agreement", async () => {
    const { viewerA: ana, viewerB: ben } = await createCouple("Ana", "Ben", { now: NOW });
    const { id } = await startTalk(ana, { topic: "The dishes", first: "me" }, { now: NOW });
    expect(await talksWaitingOnMe(ana, { now: NOW })).toBe(1);
    expect(await talksWaitingOnMe(ben, { now: NOW })).toBe(0);

    await move(ana, id, { kind: "share", body: "I feel alone when the dishes wait, because I want us to be a team." });
    expect(await talksWaitingOnMe(ben, { now: NOW })).toBe(1);
    await move(ben, id, { kind: "reflect", body: "What I hear you saying is the dishes annoy you." });
    await move(ana, id, { kind: "notQuite", body: "It's about feeling alone with it." });
    await move(ben, id, {
      kind: "reflect",
      body: "You feel alone, and want us to be a team.",
      validation: "It makes sense that you'd feel that.",
    });
    await move(ana, id, { kind: "confirm" });
    await move(ben, id, { kind: "share", body: "I feel tired after work." });
    await move(ana, id, { kind: "reflect", body: "You're tired after work." });
    await move(ben, id, { kind: "confirm" });
    await move(ana, id, { kind: "close" });
    // Both write their closing notes at the same moment, on the same version: both count.
    const { version } = await getTalk(ana, id, { now: NOW });
    await Promise.all([
      closeTalk(ana, id, { version, appreciation: "You tried again.", agreement: "Next time, we'll do them together." }, { now: NOW }),
      closeTalk(ben, id, { version, appreciation: "You said what you needed.", apology: "Sorry I brushed it off." }, { now: NOW }),
    ]);
    const talk = await getTalk(ben, id, { now: NOW });
    expect(talk.phase).toBe("closed");
    expect(talk.turns.map((t) => t.kind)).toEqual(["SHARE", "REFLECT", "NOT_QUITE", "REFLECT", "CONFIRM", "SHARE", "REFLECT", "CONFIRM"]);
    expect(talk.closings).toHaveLength(2);
    const [agreement] = await listAgreements(ben);
    expect(agreement).toMatchObject({ text: "Next time, we'll do them together.", status: "ACTIVE" });
    await setAgreementStatus(ben, agreement!.id, "KEPT");
    expect((await listAgreements(ana))[0]?.status).toBe("KEPT");
  });

  it("settles two submissions at once by version: one lands, the other is told to read first, nothing half-written", async () => {
    const { viewerA: ana, viewerB: ben } = await createCouple("Ana", "Ben", { now: NOW });
    const { id } = await startTalk(ana, { topic: "Plans", first: "me" }, { now: NOW });
    await move(ana, id, { kind: "share", body: "I feel rushed." });
    const { version } = await getTalk(ben, id, { now: NOW });
    const results = await Promise.allSettled([
      takeTurn(ben, id, { kind: "reflect", version, body: "You feel rushed." }, { now: NOW }),
      takeTurn(ben, id, { kind: "reflect", version, body: "You feel rushed (sent twice)." }, { now: NOW }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(String(refused.reason)).toMatch(/while you were writing/);
    expect((await getTalk(ben, id, { now: NOW })).turns.filter((t) => t.kind === "REFLECT")).toHaveLength(1);
    // Out of turn: refused with what to do.
    await expect(move(ben, id, { kind: "share", body: "My side" })).rejects.toThrow(/It isn't time to share yet/);
  });

  it("pauses with a kind word, reminds both when the break ends (not if resumed early), and resumes where it stopped", async () => {
    const { viewerA: ana, viewerB: ben, a, b } = await createCouple("Ana", "Ben", { now: NOW });
    const { id } = await startTalk(ana, { topic: "Money", first: "me" }, { now: NOW });
    await move(ana, id, { kind: "share", body: "I feel anxious about money." });
    await move(ben, id, { kind: "pause", breakId: "20m", message: "I need a moment so I can listen properly." });
    const paused = await getTalk(ana, id, { now: at(1) });
    expect(paused).toMatchObject({ paused: true, pauseMessage: "I need a moment so I can listen properly.", phase: "reflecting" });
    await expect(move(ben, id, { kind: "reflect", body: "You feel anxious." }, at(1))).rejects.toThrow(/taking a break/);

    await runNotifications({ db, mailer: mail.mailer, pusher: null, now: at(20) });
    expect(mail.provider.delivered.filter((m) => m.subject === "Time to come back to your talk with Ben").map((m) => m.to[0])).toEqual([
      a.email,
    ]);
    expect(mail.provider.delivered.filter((m) => m.subject === "Time to come back to your talk with Ana").map((m) => m.to[0])).toEqual([
      b.email,
    ]);
    await move(ben, id, { kind: "reflect", body: "You feel anxious about money." }, at(21));
    expect((await getTalk(ana, id, { now: at(21) })).phase).toBe("confirming");

    // A break ended early sends no reminder.
    mail.provider.delivered.length = 0;
    await move(ana, id, { kind: "pause", breakId: "1h", message: "Back soon." }, at(22));
    await move(ben, id, { kind: "resume" }, at(25));
    await runNotifications({ db, mailer: mail.mailer, pusher: null, now: at(90) });
    expect(mail.provider.delivered.filter((m) => m.subject.startsWith("Time to come back"))).toEqual([]);
  });

  it("tells the partner it's their turn only if they have not moved within two minutes, and shows who is writing", async () => {
    const { viewerA: ana, viewerB: ben, b } = await createCouple("Ana", "Ben", { now: NOW });
    const { id } = await startTalk(ana, { topic: "Weekend", first: "me" }, { now: NOW });
    await runNotifications({ db, mailer: mail.mailer, pusher: null, now: NOW });
    expect(mail.provider.delivered.map((m) => m.subject)).toContain("Ana would like to talk something through");
    expect(mail.provider.delivered.map((m) => m.html + m.text).join()).not.toContain("Weekend"); // the topic stays in Kindred

    await move(ana, id, { kind: "share", body: "I'd like a quiet Saturday." });
    await markWriting(ben, id, { now: at(1) });
    expect(await talkPulse(ana, id, { now: at(1.05) })).toMatchObject({ partnerWriting: true });
    expect(await talkPulse(ana, id, { now: at(2) })).toMatchObject({ partnerWriting: false });
    await move(ben, id, { kind: "reflect", body: "A quiet Saturday." }, at(1.5));
    await runNotifications({ db, mailer: mail.mailer, pusher: null, now: at(3) });
    expect(mail.provider.delivered.filter((m) => m.to.includes(b.email) && m.subject.startsWith("Your turn"))).toEqual([]);
    // Ana is away: two minutes after Ben's move, she is told.
    await runNotifications({ db, mailer: mail.mailer, pusher: null, now: at(4) });
    expect(mail.provider.delivered.filter((m) => m.subject === "Your turn in your talk with Ben")).toHaveLength(1);
  });

  it("only the two partners reach it; either deletes it for both; after unlinking neither can open it", async () => {
    const { viewerA: ana, viewerB: ben } = await createCouple("Ana", "Ben", { now: NOW });
    const outsider = (await createCouple("Cy", "Di")).viewerA;
    const { id } = await startTalk(ana, { topic: "PRIVATE-TOPIC", first: "partner" }, { now: NOW });
    await expect(getTalk(outsider, id)).rejects.toThrow(/couldn't find that talk/);
    await expect(talkPulse(outsider, id)).rejects.toThrow(/couldn't find that talk/);
    await deleteTalk(ben, id);
    await expect(getTalk(ana, id)).rejects.toThrow(/couldn't find that talk/);

    const second = await startTalk(ana, { topic: "Another", first: "me" }, { now: NOW });
    await unlinkPartner(ana, { now: at(1) });
    await expect(getTalk(await viewerFor(ana.id), second.id)).rejects.toThrow(/Link with your partner/);
    await expect(getTalk(await viewerFor(ben.id), second.id)).rejects.toThrow(/Link with your partner/);
  });

  it("lists the couple's talks, open first, with only what the list shows: topic, link, started or closed", async () => {
    const { viewerA: eva, viewerB: fox } = await createCouple("Eva", "Fox", { now: NOW });
    const older = await startTalk(eva, { topic: "Holidays", first: "me" }, { now: NOW });
    const newer = await startTalk(fox, { topic: "Chores", first: "me" }, { now: at(1) });
    const talks = await listTalks(eva);
    expect(talks.map((talk) => talk.id)).toEqual([newer.id, older.id]);
    expect(talks[0]).toEqual({ id: newer.id, topic: "Chores", createdAt: at(1), closedAt: null });
  });

  it("exports the person's own turns and removes them with the account", async () => {
    const { viewerA: ana, viewerB: ben, a } = await createCouple("Ana", "Ben", { now: NOW });
    const { id } = await startTalk(ana, { topic: "Chores", first: "me" }, { now: NOW });
    await move(ana, id, { kind: "share", body: "ANA-TURN-WORDS" });
    await move(ben, id, { kind: "reflect", body: "BEN-TURN-WORDS" });
    const exported = await exportMyData(ana);
    expect(exported.talkTurns.map((t) => t.body)).toEqual(["ANA-TURN-WORDS"]);
    await deleteAccount(ana, a.email, { now: at(1) });
    expect(await db.talkTurn.count({ where: { body: "ANA-TURN-WORDS" } })).toBe(0);
    expect(await db.talkExchange.count({ where: { id } })).toBe(0);
  });

  it("ends a break at the chosen time in the person's zone", () => {
    const now = new Date("2026-11-24T21:30:00Z"); // 22:30 in Paris
    expect(breakEnds("20m", undefined, now, "Europe/Paris")).toEqual(new Date("2026-11-24T21:50:00Z"));
    expect(breakEnds("tomorrow", undefined, now, "Europe/Paris")).toEqual(new Date("2026-11-25T08:00:00Z"));
    expect(breakEnds("at", "23:15", now, "Europe/Paris")).toEqual(new Date("2026-11-24T22:15:00Z"));
    expect(breakEnds("at", "07:30", now, "Europe/Paris")).toEqual(new Date("2026-11-25T06:30:00Z"));
  });
});
