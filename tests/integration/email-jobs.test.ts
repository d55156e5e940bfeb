import { describe, expect, it } from "vitest";
import { CheckInSchema } from "@/lib/checkins/schema";
import { createCheckIn, respondToCheckIn } from "@/lib/checkins/service";
import { db } from "@/lib/db";
import { EmailDeliveryError, type Mailer } from "@/lib/email/mailer";
import { runNotifications } from "@/lib/notifications/runner";
import { unlinkPartner } from "@/lib/couples/service";
import { openNote, sendNote, unsendNote } from "@/lib/notes/service";
import { sendApology } from "@/lib/repair/apologies";
import { fakeResendForFile } from "../support/fake-mail";
import { createCouple, createPerson, viewerFor } from "../support/integration";

const mail = fakeResendForFile({ freshDeliveries: true });

const SUNDAY_6PM_LONDON = new Date("2026-11-22T18:00:00Z");
const shared = CheckInSchema.parse({
  pleasantness: 4,
  energy: 4,
  feeling: "hopeful",
  visibility: "SHARED",
  note: "Presentation went well",
});
const secret = CheckInSchema.parse({ pleasantness: 1, energy: 1, feeling: "lonely", visibility: "PRIVATE", note: "PRIVATE-NOTE-TEXT" });
const run = (now: Date, extra: Partial<Parameters<typeof runNotifications>[0]> = {}) =>
  runNotifications({ db, mailer: mail.mailer, pusher: null, now, ...extra });
const to = (email: string) => mail.provider.delivered.filter((m) => m.to.includes(email));

/** Signed up weeks before the digests these tests send. */
const LONG_AGO = { createdAt: new Date("2026-10-01T00:00:00Z") };

/** A couple with digests on; unless told otherwise, each shared a check-in this week, so both digests have something to say. */
async function digestCouple({ activity = true } = {}) {
  const couple = await createCouple("Alex", "Blake", LONG_AGO);
  await db.user.updateMany({ where: { id: { in: [couple.a.id, couple.b.id] } }, data: { digestEnabled: true } });
  if (activity) {
    for (const viewer of [couple.viewerA, couple.viewerB]) await createCheckIn(viewer, shared, { now: new Date("2026-11-21T09:00:00Z") });
  }
  return couple;
}

describe("weekly digest", () => {
  it("holds the partner's shared check-ins, notes, responses and the practice of the week, and never anything private", async () => {
    const { a, b, viewerA, viewerB } = await digestCouple({ activity: false });
    const { id } = await createCheckIn(viewerA, shared, { now: new Date("2026-11-18T09:00:00Z") });
    await createCheckIn(viewerA, secret, { now: new Date("2026-11-19T09:00:00Z") });
    await respondToCheckIn(viewerB, id, "SENDING_A_HUG", { now: new Date("2026-11-18T10:00:00Z") });
    await sendNote(viewerB, { body: "Thank you for Tuesday\nand everything else" }, { now: new Date("2026-11-20T09:00:00Z") });

    const report = await run(SUNDAY_6PM_LONDON);
    expect(report).toMatchObject({ sent: 4, failed: 0 }); // two digests, Alex's note notification and Alex's "Blake responded"
    expect(to(a.email).find((m) => m.subject === "Blake responded to your check-in")!.text).toMatch(
      /Blake answered your check-in: “Sending a hug”/,
    );
    const [digest] = to(b.email);
    expect(digest?.subject).toBe("Your week with Alex");
    expect(digest!.text).toContain("hopeful");
    expect(digest!.text).toContain("Presentation went well");
    expect(digest!.text).toMatch(/You sent 1 note and received 0/);
    expect(digest!.text).toMatch(/Alex answered 0 of your check-ins; you answered 1 of theirs/);
    expect(digest!.text).toContain("Thank you for Tuesday");
    expect(digest!.text).toMatch(/Practice of the week/i);
    expect(digest!.html).toContain("<table");
    for (const message of mail.provider.delivered) {
      expect(message.html + message.text).not.toContain("PRIVATE-NOTE-TEXT");
      expect(message.html + message.text).not.toContain("lonely");
    }
    expect(to(a.email).find((m) => m.subject === "Your week with Blake")!.text).toMatch(/You sent 0 notes and received 1/);
  });

  it("gives someone not linked their own week and an invite nudge", async () => {
    const solo = await createPerson("Solo", "Europe/London", LONG_AGO);
    await db.user.update({ where: { id: solo.id }, data: { digestEnabled: true } });
    await createCheckIn(await viewerFor(solo.id), shared, { now: new Date("2026-11-20T09:00:00Z") });
    await run(SUNDAY_6PM_LONDON);
    const [digest] = to(solo.email);
    expect(digest?.subject).toBe("Your week in Kindred");
    expect(digest!.text).toContain("hopeful");
    expect(digest!.text).toMatch(/Invite your partner/);
  });

  it("carries one-click unsubscribe headers and link", async () => {
    const { b } = await digestCouple();
    await run(SUNDAY_6PM_LONDON);
    const [digest] = to(b.email);
    expect(digest!.headers["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:3000\/api\/unsubscribe\?token=.+>$/);
    expect(digest!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(digest!.text).toMatch(/Unsubscribe from the weekly digest/);
  });
});

describe("weekly digest timing", () => {
  it("covers the seven days up to the moment it is sent, including what was written after the scheduled hour", async () => {
    const { a, viewerB } = await digestCouple({ activity: false });
    await createCheckIn(viewerB, { ...shared, note: "Written at 18:20" }, { now: new Date("2026-11-22T18:20:00Z") });
    await run(new Date("2026-11-22T18:30:00Z"));
    expect(to(a.email)[0]?.text).toContain("Written at 18:20");
  });

  it("goes out at most once per ISO week in the person's zone, however often it is rescheduled", async () => {
    const { a } = await digestCouple();
    await run(SUNDAY_6PM_LONDON);
    await db.user.update({ where: { id: a.id }, data: { digestHour: 21 } });
    await run(new Date("2026-11-22T21:00:00Z"));
    // Saturday 22:00 was less than a day ago: with a period per date, this used to send a second one.
    await db.user.update({ where: { id: a.id }, data: { digestWeekday: 6, digestHour: 22 } });
    await run(new Date("2026-11-22T21:05:00Z"));
    expect(to(a.email)).toHaveLength(1);
  });

  it("is not sent in a person's first 24 hours, nor when the week holds nothing", async () => {
    const fresh = await createCouple("New", "Comer", { createdAt: new Date("2026-11-22T10:00:00Z") });
    await db.user.updateMany({ where: { id: { in: [fresh.a.id, fresh.b.id] } }, data: { digestEnabled: true } });
    await createCheckIn(fresh.viewerB, shared, { now: new Date("2026-11-22T11:00:00Z") });
    const quiet = await digestCouple({ activity: false });
    await run(SUNDAY_6PM_LONDON);
    expect(to(fresh.a.email)).toHaveLength(0);
    expect(to(quiet.a.email)).toHaveLength(0);
    expect(to(quiet.b.email)).toHaveLength(0);
    // The next week, past the first day and with something in it: it goes out.
    await createCheckIn(fresh.viewerB, shared, { now: new Date("2026-11-28T11:00:00Z") });
    await run(new Date("2026-11-29T18:00:00Z"));
    expect(to(fresh.a.email)).toHaveLength(1);
  });

  it("goes out for a week that held only an apology, and counts it without its words", async () => {
    const { a, b, viewerA } = await digestCouple({ activity: false });
    await sendApology(
      viewerA,
      { happened: "APOLOGY-WORDS: I was late again", effect: "You waited", change: "I'll leave earlier", ask: "" },
      { now: new Date("2026-11-20T09:00:00Z") },
    );
    await run(SUNDAY_6PM_LONDON);
    for (const email of [a.email, b.email]) {
      const digest = to(email).find((m) => m.subject.startsWith("Your week"));
      expect(digest?.text).toContain("Between you, one apology was made.");
      expect(digest?.html).toContain("Between you, one apology was made.");
      expect(JSON.stringify(digest)).not.toContain("APOLOGY-WORDS");
    }
  });
});

/** B's digest, claimed by a runner that then died: its lease runs out `leaseMs` after it was due. */
const deadClaim = (userId: string, leaseMs: number) => ({
  userId,
  kind: "WEEKLY_DIGEST" as const,
  channel: "EMAIL" as const,
  target: "email",
  periodKey: "2026-W47",
  dueAt: SUNDAY_6PM_LONDON,
  leaseUntil: new Date(SUNDAY_6PM_LONDON.getTime() + leaseMs),
  leaseToken: "dead",
  attempts: 1,
});

describe("exactly once", () => {
  it("sends nothing more when run again after success", async () => {
    await digestCouple();
    await run(SUNDAY_6PM_LONDON);
    await run(new Date(SUNDAY_6PM_LONDON.getTime() + 60_000));
    expect(mail.provider.delivered).toHaveLength(2);
  });

  it("sends each email once when two runners work at the same time", async () => {
    for (let i = 0; i < 5; i++) await digestCouple();
    const [first, second] = await Promise.all([run(SUNDAY_6PM_LONDON, { batchSize: 3 }), run(SUNDAY_6PM_LONDON, { batchSize: 3 })]);
    expect(first.sent + second.sent).toBe(10);
    expect(mail.provider.delivered).toHaveLength(10);
    expect(new Set(mail.provider.delivered.map((m) => m.to[0])).size).toBe(10);
  });

  it("retries a claim whose runner crashed before sending, once its lease expires", async () => {
    const { b } = await digestCouple();
    await run(new Date(SUNDAY_6PM_LONDON.getTime() - 60_000)); // nothing due yet
    // A runner claimed the row and died before sending.
    await db.delivery.create({ data: deadClaim(b.id, 300_000) });
    await run(new Date(SUNDAY_6PM_LONDON.getTime() + 60_000));
    expect(to(b.email)).toHaveLength(0);
    await run(new Date(SUNDAY_6PM_LONDON.getTime() + 301_000));
    expect(to(b.email)).toHaveLength(1);
  });

  it("does not deliver twice when a runner died after its request reached the provider, before recording it", async () => {
    const couples = [await digestCouple(), await digestCouple()];
    const key = "kindred-batch-of-a-runner-that-died";
    for (const { b } of couples) await db.delivery.create({ data: { ...deadClaim(b.id, 1000), sendKey: key } });
    // The dead runner's request reached the provider (its contents differ from what a runner composes now).
    await fetch(`${mail.provider.url}/emails/batch`, {
      method: "POST",
      headers: { authorization: "Bearer re_test_key", "content-type": "application/json", "idempotency-key": key },
      body: JSON.stringify(
        couples.map(({ b }) => ({ to: b.email, subject: "Your week with Alex", html: "<p>digest</p>", text: "digest" })),
      ),
    });
    await run(new Date(SUNDAY_6PM_LONDON.getTime() + 2000));
    for (const { b } of couples) {
      expect(to(b.email)).toHaveLength(1);
      expect(await db.delivery.findFirstOrThrow({ where: { userId: b.id } })).toMatchObject({ status: "SENT", sendKey: null });
    }
  });

  it("sends a request again as it was when its answer was lost, and the provider delivers nothing twice", async () => {
    const couples = [await digestCouple(), await digestCouple()];
    let answerLost = false;
    const losing: Mailer = {
      send: (email) => mail.mailer.send(email),
      async sendBatch(emails, key) {
        const results = await mail.mailer.sendBatch(emails, key);
        if (answerLost) return results;
        answerLost = true;
        throw new EmailDeliveryError("socket hang up", null, true);
      },
    };
    const requestsBefore = mail.provider.requests;
    expect(await run(SUNDAY_6PM_LONDON, { mailer: losing })).toMatchObject({ sent: 0, retrying: 4 });
    expect(await run(new Date(SUNDAY_6PM_LONDON.getTime() + 30_000), { mailer: losing })).toMatchObject({ sent: 4 });
    expect(mail.provider.requests - requestsBefore).toBe(2);
    expect(mail.provider.delivered).toHaveLength(4);
    for (const { a, b } of couples) for (const person of [a, b]) expect(to(person.email)).toHaveLength(1);
    expect(await db.delivery.count({ where: { status: "SENT", sendKey: null } })).toBe(4);
  });

  it("retries a request whole: two runners at once never split its rows", async () => {
    const couples = [await digestCouple(), await digestCouple(), await digestCouple()];
    const key = "kindred-batch-to-retry";
    for (const { b } of couples) await db.delivery.create({ data: { ...deadClaim(b.id, 1000), sendKey: key } });
    const now = new Date(SUNDAY_6PM_LONDON.getTime() + 2000);
    const reports = await Promise.all([run(now, { batchSize: 1 }), run(now, { batchSize: 1 })]);
    expect(reports[0].sent + reports[1].sent).toBe(6);
    for (const { a, b } of couples) {
      expect(to(a.email)).toHaveLength(1);
      expect(to(b.email).map((m) => m.idempotencyKey)).toEqual([key]);
    }
  });

  it("sends up to 100 emails in one request", async () => {
    for (let i = 0; i < 51; i++) await digestCouple();
    const requestsBefore = mail.provider.requests;
    expect(await run(SUNDAY_6PM_LONDON)).toMatchObject({ sent: 102, failed: 0 });
    expect(mail.provider.requests - requestsBefore).toBe(2);
    expect(new Set(mail.provider.delivered.map((m) => m.to[0])).size).toBe(102);
  });
});

describe("provider failures", () => {
  it("retries a 5xx with backoff, then delivers", async () => {
    const { b } = await digestCouple();
    await db.user.update({ where: { id: b.id }, data: { digestEnabled: false } });
    mail.provider.failNext({ status: 500 });
    expect(await run(SUNDAY_6PM_LONDON)).toMatchObject({ sent: 0, retrying: 1 });
    const row = await db.delivery.findFirstOrThrow({ where: { kind: "WEEKLY_DIGEST", status: "PENDING" } });
    expect(row.nextAttemptAt!.getTime()).toBe(SUNDAY_6PM_LONDON.getTime() + 30_000);
    expect(await run(new Date(SUNDAY_6PM_LONDON.getTime() + 10_000))).toMatchObject({ sent: 0 });
    expect(await run(new Date(SUNDAY_6PM_LONDON.getTime() + 30_000))).toMatchObject({ sent: 1 });
  });

  it("waits as long as a 429's Retry-After says", async () => {
    await digestCouple();
    await db.user.updateMany({ where: { email: { startsWith: "blake" } }, data: { digestEnabled: false } });
    mail.provider.failNext({ status: 429, retryAfter: 120 });
    await run(SUNDAY_6PM_LONDON);
    expect(await run(new Date(SUNDAY_6PM_LONDON.getTime() + 119_000))).toMatchObject({ sent: 0 });
    expect(await run(new Date(SUNDAY_6PM_LONDON.getTime() + 120_000))).toMatchObject({ sent: 1 });
  });

  it("fails an email the provider refuses on its own, and sends the rest of its request", async () => {
    const { a, b } = await digestCouple();
    await db.user.update({ where: { id: b.id }, data: { email: "blake-at-nowhere" } });
    expect(await run(SUNDAY_6PM_LONDON)).toMatchObject({ sent: 1, failed: 1 });
    expect(to(a.email)).toHaveLength(1);
    expect(await db.delivery.findFirstOrThrow({ where: { userId: b.id, kind: "WEEKLY_DIGEST" } })).toMatchObject({
      status: "FAILED",
      lastError: expect.stringContaining("Invalid `to` field"),
    });
  });

  it("marks other 4xx refusals failed with the reason, and never retries them", async () => {
    await digestCouple();
    await db.user.updateMany({ where: { email: { startsWith: "blake" } }, data: { digestEnabled: false } });
    mail.provider.failNext({ status: 422, message: "Invalid `to` field" });
    expect(await run(SUNDAY_6PM_LONDON)).toMatchObject({ failed: 1 });
    const row = await db.delivery.findFirstOrThrow({ where: { kind: "WEEKLY_DIGEST" } });
    expect(row).toMatchObject({ status: "FAILED", lastError: expect.stringContaining("Invalid `to` field") });
    await run(new Date(SUNDAY_6PM_LONDON.getTime() + 3_600_000));
    expect(mail.provider.delivered).toHaveLength(0);
  });
});

describe("check-in reminders", () => {
  it("arrive at the chosen local hour, once, and not on a day the person already checked in", async () => {
    const sam = await createPerson("Sam", "America/New_York");
    const kim = await createPerson("Kim", "America/New_York");
    await db.user.updateMany({
      where: { id: { in: [sam.id, kim.id] } },
      data: { reminderEnabled: true, reminderHour: 20, digestEnabled: false },
    });
    await createCheckIn(await viewerFor(kim.id), shared, { now: new Date("2026-11-22T14:00:00Z") }); // 09:00 in New York
    await run(new Date("2026-11-23T00:59:00Z")); // 19:59 local
    expect(mail.provider.delivered).toHaveLength(0);
    await run(new Date("2026-11-23T01:00:00Z")); // 20:00 local
    await run(new Date("2026-11-23T02:00:00Z"));
    expect(to(sam.email).map((m) => m.subject)).toEqual(["How are you feeling today?"]);
    expect(to(kim.email)).toHaveLength(0);
  });
});

describe("note notifications", () => {
  it("are not sent when the couple unlinked during the unsend window", async () => {
    const { b, viewerA } = await createCouple("Alex", "Blake");
    const now = new Date("2026-11-22T10:00:00Z");
    await sendNote(viewerA, { body: "Just before it ended" }, { now });
    await unlinkPartner(viewerA, { now: new Date(now.getTime() + 60_000) });
    expect(await run(new Date(now.getTime() + 10 * 60_000))).toMatchObject({ sent: 0, skipped: 1 });
    expect(to(b.email).filter((m) => m.subject === "Alex sent you a note")).toHaveLength(0);
  });

  it("go out when the unsend window ends, never for an unsent note, and not for one already read", async () => {
    const { b, viewerA, viewerB } = await createCouple("Alex", "Blake");
    const now = new Date("2026-11-22T10:00:00Z");
    await sendNote(viewerA, { body: "First" }, { now });
    const unsent = await sendNote(viewerA, { body: "Oops" }, { now });
    await unsendNote(viewerA, unsent.id, { now });
    const read = await sendNote(viewerA, { body: "Read quickly" }, { now });
    await openNote(viewerB, read.id, { now });

    await run(new Date(now.getTime() + 9 * 60_000));
    expect(mail.provider.delivered).toHaveLength(0);
    const report = await run(new Date(now.getTime() + 10 * 60_000));
    expect(report).toMatchObject({ sent: 1, skipped: 1 });
    expect(to(b.email).map((m) => m.subject)).toEqual(["Alex sent you a note"]);
    expect(to(b.email)[0]!.text).not.toContain("First");
  });
});
