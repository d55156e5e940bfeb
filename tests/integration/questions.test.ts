import { describe, expect, it } from "vitest";
import { exportMyData } from "@/lib/account/service";
import { guessMood, getGuessCard, readingEachOther } from "@/lib/checkins/guesses";
import { CheckInSchema } from "@/lib/checkins/schema";
import { createCheckIn } from "@/lib/checkins/service";
import { unlinkPartner } from "@/lib/couples/service";
import { db } from "@/lib/db";
import { runNotifications } from "@/lib/notifications/runner";
import { questionBank } from "@/lib/questions/bank";
import {
  answerQuestion,
  getTodaysQuestion,
  heartAnswer,
  listAnswers,
  partnerWaitingOnQuestion,
  questionOfAnswer,
  swapQuestion,
} from "@/lib/questions/service";
import { fakeResendForFile } from "../support/fake-mail";
import { createCouple, createPerson, viewerFor } from "../support/integration";

const mail = fakeResendForFile();

const NOW = new Date("2026-11-24T09:00:00Z"); // Tuesday morning in London
const HOUR = 3_600_000;
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR);
const answer = (viewer: Parameters<typeof answerQuestion>[0], dailyQuestionId: string, body: string, now = NOW) =>
  answerQuestion(viewer, { dailyQuestionId, body }, { now });

describe("today's question: answer, then see theirs", () => {
  it("keeps the partner's answer hidden on every surface until the viewer has answered", async () => {
    const { viewerA, viewerB, b } = await createCouple("Ana", "Ben", { now: NOW });
    const today = await getTodaysQuestion(viewerA, { now: NOW });
    expect((await getTodaysQuestion(viewerB, { now: NOW })).question.id).toBe(today.question.id);
    await answer(viewerA, today.id, "HIDDEN-ANSWER-WORDS");

    // Ben sees that Ana answered, not what.
    const before = await getTodaysQuestion(viewerB, { now: at(1) });
    expect(before.partner).toEqual({ name: "Ana", answered: true, answer: null });
    expect(JSON.stringify(before)).not.toContain("HIDDEN-ANSWER-WORDS");
    expect(await partnerWaitingOnQuestion(viewerB, { now: at(1) })).toBe(true);
    expect(JSON.stringify(await listAnswers(viewerB, {}))).not.toContain("HIDDEN-ANSWER-WORDS");
    expect(JSON.stringify(await listAnswers(viewerB, { q: "HIDDEN" }))).not.toContain("HIDDEN-ANSWER-WORDS");
    expect(JSON.stringify(await exportMyData(viewerB))).not.toContain("HIDDEN-ANSWER-WORDS");
    const anasAnswer = await db.questionAnswer.findFirstOrThrow({ where: { dailyQuestionId: today.id } });
    await expect(questionOfAnswer(viewerB, anasAnswer.id)).rejects.toThrow(/couldn't find that answer/);
    await expect(heartAnswer(viewerB, anasAnswer.id, true)).rejects.toThrow(/couldn't find that answer/);

    // The notice tells Ben that Ana answered, never what.
    await runNotifications({ db, mailer: mail.mailer, pusher: null, now: at(1) });
    const [notice] = mail.provider.delivered.filter((m) => m.to.includes(b.email));
    expect(notice?.subject).toBe("Ana answered today's question");
    expect(notice!.html + notice!.text).not.toContain("HIDDEN-ANSWER-WORDS");

    // Once Ben answers, both see both; Ben's reading marks Ana's answer seen, so she can no longer change it.
    await answer(viewerB, today.id, "Ben's answer", at(2));
    const after = await getTodaysQuestion(viewerB, { now: at(2) });
    expect(after.partner?.answer?.body).toBe("HIDDEN-ANSWER-WORDS");
    expect((await getTodaysQuestion(viewerA, { now: at(2) })).partner?.answer?.body).toBe("Ben's answer");
    await expect(answer(viewerA, today.id, "Rewritten", at(3))).rejects.toThrow(/Ben has read your answer/);
    await heartAnswer(viewerB, anasAnswer.id, true, { now: at(3) });
    expect((await getTodaysQuestion(viewerA, { now: at(3) })).mine?.hearted).toBe(true);
    expect(await questionOfAnswer(viewerB, anasAnswer.id)).toBe(today.question.text);
    const archive = await listAnswers(viewerB, { q: "hidden-answer" });
    expect(archive.days).toEqual([expect.objectContaining({ mine: "Ben's answer", partner: "HIDDEN-ANSWER-WORDS" })]);
    // Export holds one's own answers only.
    const exported = await exportMyData(viewerB);
    expect(exported.questionAnswers.map((a) => a.body)).toEqual(["Ben's answer"]);
  });

  it("can be rewritten until the partner has read it, and tells the partner once a day", async () => {
    const { viewerA, viewerB, b } = await createCouple("Ana", "Ben", { now: NOW });
    const today = await getTodaysQuestion(viewerA, { now: NOW });
    await answer(viewerA, today.id, "First try");
    await answer(viewerA, today.id, "Second try", at(1));
    expect((await getTodaysQuestion(viewerA, { now: at(1) })).mine).toMatchObject({ body: "Second try", editable: true });
    expect(await db.delivery.count({ where: { userId: b.id, kind: "QUESTION_ANSWERED" } })).toBe(1);
    // Ben answered before the notice went out: none is sent.
    await answer(viewerB, today.id, "Mine", at(0.001));
    expect(await runNotifications({ db, mailer: mail.mailer, pusher: null, now: at(2) })).toMatchObject({ sent: 0, skipped: 1 });
  });

  it("reveals both when both answer at the same instant, and loses neither", async () => {
    const { viewerA, viewerB } = await createCouple("Ana", "Ben", { now: NOW });
    const today = await getTodaysQuestion(viewerA, { now: NOW });
    await Promise.all([answer(viewerA, today.id, "Ana at once"), answer(viewerB, today.id, "Ben at once")]);
    expect((await getTodaysQuestion(viewerA, { now: NOW })).partner?.answer?.body).toBe("Ben at once");
    expect((await getTodaysQuestion(viewerB, { now: NOW })).partner?.answer?.body).toBe("Ana at once");
  });

  it("can be swapped once a day by either partner, before anyone answers; both then see the new one", async () => {
    const { viewerA, viewerB } = await createCouple("Ana", "Ben", { now: NOW });
    const first = await getTodaysQuestion(viewerA, { now: NOW });
    expect(first.canSwap).toBe(true);
    await swapQuestion(viewerB, first.id, { now: NOW });
    const swapped = await getTodaysQuestion(viewerA, { now: NOW });
    expect(swapped.question.id).not.toBe(first.question.id);
    expect(swapped.question.depth).toBe(first.question.depth);
    expect(swapped.canSwap).toBe(false);
    await expect(swapQuestion(viewerA, first.id, { now: NOW })).rejects.toThrow(/swapped already/);

    const other = await createCouple("Cy", "Di", { now: NOW });
    const theirs = await getTodaysQuestion(other.viewerA, { now: NOW });
    await answer(other.viewerB, theirs.id, "Answered first");
    await expect(swapQuestion(other.viewerA, theirs.id, { now: NOW })).rejects.toThrow(/has an answer already/);
    // Nobody outside the couple swaps or answers it.
    await expect(swapQuestion(viewerA, theirs.id, { now: NOW })).rejects.toThrow(/couldn't find/);
    await expect(answer(viewerA, theirs.id, "Not mine to answer")).rejects.toThrow(/couldn't find/);
  });

  it("is one per couple per local day of the couple's calendar, whatever zone each partner is in, and repeats nothing", async () => {
    // The couple's calendar is its first member's: Auckland. Ben is in New York.
    const { viewerA, viewerB } = await createCouple("Ana", "Ben", { now: new Date("2027-03-25T00:00:00Z"), timeZone: "Pacific/Auckland" });
    await db.user.update({ where: { id: viewerB.id }, data: { timeZone: "America/New_York" } });
    const ben = await viewerFor(viewerB.id);
    const seen: string[] = [];
    // Three weeks across the end of New Zealand's summer time (2027-04-04 03:00 -> 02:00), a look every 6 hours.
    for (let t = new Date("2027-03-25T00:00:00Z").getTime(); t < new Date("2027-04-15T00:00:00Z").getTime(); t += 6 * HOUR) {
      const now = new Date(t);
      const [ana, benToday] = [await getTodaysQuestion(viewerA, { now }), await getTodaysQuestion(ben, { now })];
      expect(benToday.id).toBe(ana.id);
      if (seen.at(-1) !== ana.day) seen.push(ana.day);
    }
    const rows = await db.dailyQuestion.findMany({ where: { scopeKey: `couple:${viewerA.couple!.id}` }, orderBy: { day: "asc" } });
    expect(rows.map((r) => r.day)).toEqual(seen);
    expect(rows).toHaveLength(22); // 13:00 on 25 March to noon on 15 April, Auckland time
    expect(new Set(rows.map((r) => r.questionId)).size).toBe(22);
    // The first two weeks of a couple are light.
    const depth = new Map(questionBank().map((q) => [q.id, q.depth]));
    expect(rows.slice(0, 14).every((r) => depth.get(r.questionId) === "light")).toBe(true);
    expect(new Set(rows.slice(14).map((r) => depth.get(r.questionId)))).toEqual(new Set(["light", "medium", "deep"]));
  });

  it("is a journal for someone not linked, and after unlinking neither sees the other's answers", async () => {
    const solo = await viewerFor((await createPerson("Solo", "Europe/London", { now: NOW })).id);
    const journal = await getTodaysQuestion(solo, { now: NOW });
    expect(journal.partner).toBeNull();
    await answer(solo, journal.id, "Just for me");
    expect((await listAnswers(solo, {})).days).toEqual([expect.objectContaining({ mine: "Just for me", partner: null })]);

    const { viewerA, viewerB } = await createCouple("Ana", "Ben", { now: NOW });
    const today = await getTodaysQuestion(viewerA, { now: NOW });
    await answer(viewerA, today.id, "ANA-BEFORE-UNLINK");
    await answer(viewerB, today.id, "BEN-BEFORE-UNLINK");
    await unlinkPartner(viewerA, { now: at(1) });
    const [ana, ben] = [await viewerFor(viewerA.id), await viewerFor(viewerB.id)];
    expect(JSON.stringify(await listAnswers(ana, {}))).not.toContain("BEN-BEFORE-UNLINK");
    expect(JSON.stringify(await listAnswers(ben, {}))).not.toContain("ANA-BEFORE-UNLINK");
    expect(JSON.stringify(await getTodaysQuestion(ana, { now: at(1) }))).not.toContain("BEN-BEFORE-UNLINK");
  });
});

describe("how is your partner feeling?", () => {
  const shared = (p: number, e: number, feeling: string) =>
    CheckInSchema.parse({ pleasantness: p, energy: e, feeling, visibility: "SHARED" });

  it("asks before showing a check-in shared today, then reveals it beside the guess; a private one is never asked about", async () => {
    const { viewerA, viewerB } = await createCouple("Ana", "Ben", { now: NOW });
    expect(await getGuessCard(viewerA, { now: NOW })).toBeNull();
    await createCheckIn(viewerB, CheckInSchema.parse({ pleasantness: 1, energy: 1, feeling: "lonely", visibility: "PRIVATE" }), {
      now: NOW,
    });
    expect(await getGuessCard(viewerA, { now: at(1) })).toBeNull();

    const checkIn = await createCheckIn(viewerB, shared(4, 2, "calm"), { now: at(1) });
    const ask = await getGuessCard(viewerA, { now: at(2) });
    expect(ask).toEqual({ state: "ask", checkInId: checkIn.id, partnerName: "Ben" });
    await guessMood(viewerA, checkIn.id, { quadrant: "low", feeling: "tired" }, { now: at(2) });
    await guessMood(viewerA, checkIn.id, { quadrant: "calm", feeling: null }, { now: at(2) }); // the first guess stands
    expect(await getGuessCard(viewerA, { now: at(2) })).toEqual({
      state: "reveal",
      partnerName: "Ben",
      guessed: { quadrant: "low", feeling: "tired" },
      actual: { quadrant: "calm", feeling: "calm" },
      correct: false,
    });
    // Nobody outside the couple guesses at it.
    const outsider = (await createCouple("Cy", "Di")).viewerA;
    await expect(guessMood(outsider, checkIn.id, { quadrant: "calm", feeling: null })).rejects.toThrow(/couldn't find/);
  });

  it("counts how well each reads the other over 30 days, skips not counted", async () => {
    const { viewerA, viewerB } = await createCouple("Ana", "Ben", { now: NOW });
    const bens = [
      await createCheckIn(viewerB, shared(4, 4, "joyful"), { now: NOW }),
      await createCheckIn(viewerB, shared(2, 2, "tired"), { now: at(1) }),
    ];
    await guessMood(viewerA, bens[0]!.id, { quadrant: "energized", feeling: null }, { now: at(2) });
    await guessMood(viewerA, bens[1]!.id, { quadrant: "calm", feeling: null }, { now: at(2) });
    const anas = await createCheckIn(viewerA, shared(4, 2, "calm"), { now: at(3) });
    await guessMood(viewerB, anas.id, { quadrant: null, feeling: null }, { now: at(4) });
    expect(await readingEachOther(viewerA, { now: at(5) })).toEqual([
      { name: "You", right: 1, guesses: 2 },
      { name: "Ben", right: 0, guesses: 0 },
    ]);
    expect(await readingEachOther(viewerA, { now: at(24 * 31) })).toEqual([
      { name: "You", right: 0, guesses: 0 },
      { name: "Ben", right: 0, guesses: 0 },
    ]);
  });
});

describe("the weekly digest", () => {
  it("holds the week's questions both answered, with both answers, never one only the partner answered", async () => {
    const { viewerA, viewerB, a, b } = await createCouple("Ana", "Ben", { now: new Date("2026-10-01T00:00:00Z") });
    await db.user.update({ where: { id: a.id }, data: { digestEnabled: true } });
    await db.user.update({ where: { id: b.id }, data: { digestEnabled: false, reminderEnabled: false } });
    const wednesday = new Date("2026-11-25T09:00:00Z");
    const thursday = new Date("2026-11-26T09:00:00Z");
    const q1 = await getTodaysQuestion(viewerA, { now: wednesday });
    await answer(viewerA, q1.id, "ANA-WEDNESDAY", wednesday);
    await answer(viewerB, q1.id, "BEN-WEDNESDAY", wednesday);
    const q2 = await getTodaysQuestion(viewerB, { now: thursday });
    await answer(viewerB, q2.id, "BEN-ALONE-THURSDAY", thursday);

    await runNotifications({ db, mailer: mail.mailer, pusher: null, now: new Date("2026-11-29T18:00:00Z") });
    const digest = mail.provider.delivered.find((m) => m.to.includes(a.email) && m.subject === "Your week with Ben");
    expect(digest?.text).toContain(q1.question.text);
    expect(digest?.text).toMatch(/You: “ANA-WEDNESDAY”/);
    expect(digest?.text).toMatch(/Ben: “BEN-WEDNESDAY”/);
    expect(digest!.html + digest!.text).not.toContain("BEN-ALONE-THURSDAY");
  });
});
