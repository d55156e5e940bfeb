import { describe, expect, it } from "vitest";
import { deleteAccount, exportMyData } from "@/lib/account/service";
import { CheckInSchema } from "@/lib/checkins/schema";
import { guessMood } from "@/lib/checkins/guesses";
import { createCheckIn, respondToCheckIn } from "@/lib/checkins/service";
import { createInvite } from "@/lib/couples/service";
import { db } from "@/lib/db";
import { getMailer } from "@/lib/email/mailer";
import { openNote, replyToNote, sendNote, setHeart } from "@/lib/notes/service";
import { allPractices } from "@/lib/practices/library";
import { getPracticeOfTheWeek, setTried, swapPractice } from "@/lib/practices/service";
import { answerQuestion, getTodaysQuestion, heartAnswer } from "@/lib/questions/service";
import { startTalk, takeTurn } from "@/lib/talk/service";
import { hitRateLimit } from "@/lib/rate-limit/counter";
import { LIMITS } from "@/lib/rate-limit/limits";
import { allowSignInEmail } from "@/lib/rate-limit/sign-in";
import { createCouple, createPerson, mailTo, viewerFor } from "../support/integration";

describe("export my data", () => {
  it("holds my profile, my couples with the partner's name, and my invites", async () => {
    const { viewerA } = await createCouple("Sam", "Robin");
    const data = await exportMyData(viewerA);
    expect(data.profile).toMatchObject({ email: viewerA.email, name: "Sam", timeZone: "Europe/London" });
    expect(data.couples).toEqual([expect.objectContaining({ partnerName: "Robin", leftAt: null })]);
    // A download: dates survive as ISO strings, nothing is lost on the way to JSON.
    const downloaded = JSON.parse(JSON.stringify(data));
    expect(downloaded.profile.createdAt).toBe(data.profile.createdAt.toISOString());
    expect(downloaded.couples[0].joinedAt).toBe(data.couples[0]!.joinedAt.toISOString());
  });

  it("holds nothing of another person's account", async () => {
    const { viewerA, b } = await createCouple("Sam", "Robin");
    await createInvite(await viewerFor((await createPerson("Other")).id), { email: "x@example.com" });
    const text = JSON.stringify(await exportMyData(viewerA));
    expect(text).not.toContain(b.email);
    expect(text).not.toContain("x@example.com");
  });
});

describe("delete my account", () => {
  it("needs my email typed to confirm, and says so next to the field", async () => {
    const sam = await createPerson("Sam");
    await expect(deleteAccount(await viewerFor(sam.id), "someone@else.com")).rejects.toMatchObject({ field: "confirmEmail" });
    expect(await db.user.count({ where: { id: sam.id } })).toBe(1);
  });

  it("removes me, unlinks my partner and tells them; the partner keeps their account", async () => {
    const { a, b, viewerA } = await createCouple("Sam", "Robin");
    await deleteAccount(viewerA, ` ${a.email.toUpperCase()} `);
    expect(await db.user.count({ where: { id: a.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: a.id } })).toBe(0);
    expect((await viewerFor(b.id)).couple).toBeNull();
    const [notice] = await mailTo(b.email);
    expect(notice?.subject).toBe("Sam deleted their Kindred account");
  });
});

describe("a deleted account leaves nothing behind", () => {
  it("no table holds the person's id or email afterwards, whichever tables the schema has", async () => {
    const { a, b, viewerA, viewerB, couple } = await createCouple("Gone", "Stays");
    const now = new Date("2026-11-20T10:00:00Z");
    const theirs = await createCheckIn(
      viewerA,
      CheckInSchema.parse({ pleasantness: 4, energy: 4, feeling: "hopeful", visibility: "SHARED" }),
      { now },
    );
    const partners = await createCheckIn(
      viewerB,
      CheckInSchema.parse({ pleasantness: 2, energy: 2, feeling: "tired", visibility: "SHARED" }),
      { now },
    );
    await respondToCheckIn(viewerA, partners.id, "SENDING_A_HUG", { now });
    await respondToCheckIn(viewerB, theirs.id, "THINKING_OF_YOU", { now });
    const toThem = await sendNote(viewerB, { body: "Thank you for Sunday" }, { now });
    await openNote(viewerA, toThem.id, { now });
    await setHeart(viewerA, toThem.id, true, { now });
    await replyToNote(viewerA, toThem.id, "REPLY-WORDS-OF-THE-DELETED", { now });
    await sendNote(viewerA, { body: "And thank you" }, { now });
    // Any practice but the week's own (the rotation depends on the couple's id).
    const { practice } = await getPracticeOfTheWeek(viewerA, { now });
    await swapPractice(viewerA, allPractices().find((p) => p.slug !== practice.slug)!.slug, { now });
    await setTried(viewerA, true, { now });
    // Today's question answered by both (the partner's answer seen, hearted), a guess, and a journal from before they linked.
    const today = await getTodaysQuestion(viewerA, { now });
    await answerQuestion(viewerA, { dailyQuestionId: today.id, body: "ANSWER-WORDS-OF-THE-DELETED" }, { now });
    await answerQuestion(viewerB, { dailyQuestionId: today.id, body: "The partner's own answer" }, { now });
    const seen = await getTodaysQuestion(viewerA, { now });
    await heartAnswer(viewerA, seen.partner!.answer!.id, true, { now });
    await guessMood(viewerA, partners.id, { quadrant: "low", feeling: "tired" }, { now });
    await db.dailyQuestion.create({ data: { scopeKey: `user:${a.id}`, day: "2026-01-01", questionId: "play-01" } });
    const talk = await startTalk(viewerA, { topic: "A talk of theirs", first: "partner" }, { now });
    await takeTurn(viewerB, talk.id, { kind: "share", version: 0, body: "The partner speaks" }, { now });
    await takeTurn(viewerA, talk.id, { kind: "reflect", version: 1, body: "REPLY-WORDS-OF-THE-DELETED in a talk" }, { now });
    await db.invite.create({
      data: { inviterId: (await createPerson("Stranger")).id, email: a.email, tokenHash: "t-gone", codeHash: "c-gone", expiresAt: now },
    });
    await db.session.create({ data: { sessionToken: "gone-session", userId: a.id, expires: now } });
    await db.verificationToken.create({ data: { identifier: a.email, token: "gone-token", expires: now } });
    await allowSignInEmail(a.email, "198.51.100.9", now);
    await hitRateLimit(`write-user:${a.id}`, LIMITS.writesPerPerson, now);
    await getMailer().send({ to: a.email, subject: "Hello", react: <p>Hello</p> });

    await deleteAccount(viewerA, a.email);

    const tables = await db.$queryRaw<{ name: string }[]>`
      SELECT table_name::text AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
    expect(tables.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const { name } of tables) {
      const rows = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "${name}" t`);
      for (const { row } of rows) {
        if (
          row.includes(a.id) ||
          row.toLowerCase().includes(a.email.toLowerCase()) ||
          row.includes("REPLY-WORDS-OF-THE-DELETED") ||
          row.includes("ANSWER-WORDS-OF-THE-DELETED")
        )
          found.push(`${name}: ${row}`);
      }
    }
    expect(found).toEqual([]);
    // What the partner wrote stays theirs.
    expect(await db.note.count({ where: { id: toThem.id, authorId: b.id } })).toBe(1);
    expect(await db.checkIn.count({ where: { id: partners.id } })).toBe(1);
    expect(await db.questionAnswer.count({ where: { authorId: b.id } })).toBe(1);
    expect((await db.couple.findUniqueOrThrow({ where: { id: couple.id } })).endedAt).not.toBeNull();
  });
});
