import webpush from "web-push";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CheckInSchema } from "@/lib/checkins/schema";
import { createCheckIn, respondToCheckIn } from "@/lib/checkins/service";
import { acceptInvite, createInvite, endCouple } from "@/lib/couples/service";
import { db } from "@/lib/db";
import { resendMailer, type Mailer } from "@/lib/email/mailer";
import { unsubscribeToken } from "@/lib/email/unsubscribe";
import { removeDevice, saveDevice } from "@/lib/notifications/devices";
import { webPusher, type Pusher } from "@/lib/notifications/push";
import { runNotifications } from "@/lib/notifications/runner";
import { replyToNote, sendNote } from "@/lib/notes/service";
import { getSubscription, setSubscription } from "@/lib/preferences/service";
import { startFakePushService } from "../../scripts/lib/fake-push-service";
import { startFakeResend } from "../../scripts/lib/fake-resend";
import { createCouple, createPerson, mailTo, viewerFor } from "../support/integration";

let push: Awaited<ReturnType<typeof startFakePushService>>;
let email: Awaited<ReturnType<typeof startFakeResend>>;
let pusher: Pusher;
let mailer: Mailer;

beforeAll(async () => {
  push = await startFakePushService();
  email = await startFakeResend();
  process.env.RESEND_BASE_URL = email.url;
  mailer = resendMailer("re_test_key");
  const keys = webpush.generateVAPIDKeys();
  pusher = webPusher({ ...keys, subject: "mailto:tests@kindred.localhost" });
});
afterAll(async () => {
  await push.close();
  await email.close();
});
beforeEach(async () => {
  push.received.length = 0;
  email.delivered.length = 0;
  await db.delivery.deleteMany();
  await db.user.updateMany({ data: { digestEnabled: false, reminderEnabled: false } });
});

const NOW = new Date("2026-11-24T12:00:00Z"); // a Tuesday, noon in London
const MINUTE = 60_000;
const at = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);
const run = (now: Date, extra: Partial<Parameters<typeof runNotifications>[0]> = {}) =>
  runNotifications({ db, mailer, pusher, now, ...extra });
const emailsTo = (address: string) => email.delivered.filter((m) => m.to.includes(address));

/** A device of this person's, subscribed to the fake push service (as Settings' "Turn on" saves it). */
async function device(userId: string) {
  const subscription = push.subscribe();
  const saved = await saveDevice(
    await viewerFor(userId),
    subscription,
    "Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile Safari/537.36",
    {
      now: NOW,
    },
  );
  return { ...subscription, deviceId: saved.id, label: saved.label };
}

describe("a partner's note by push", () => {
  it("reaches each of the partner's devices once the unsend window ends: who and what, no words, a tag, the unread badge", async () => {
    const { a, b, viewerA } = await createCouple("Alex", "Blake", { now: NOW });
    const phone = await device(b.id);
    const tablet = await device(b.id);
    expect(phone.label).toBe("Chrome on Android");
    const note = await sendNote(viewerA, { body: "SECRET-NOTE-WORDS about Tuesday" }, { now: NOW });

    expect(await run(at(5))).toMatchObject({ sent: 0 }); // still in the unsend window
    expect(await run(at(10))).toMatchObject({ sent: 2, failed: 0 });

    expect(push.problems).toEqual([]);
    expect(push.received.map((p) => p.subscriptionId).sort()).toEqual([phone.id, tablet.id].sort());
    for (const received of push.received) {
      expect(received.payload).toMatchObject({ title: "Alex sent you a note", url: `/notes/${note.id}`, badge: 1 });
      expect(JSON.stringify(received.payload)).not.toContain("SECRET-NOTE-WORDS");
      expect(received.topic).toBe(received.payload.tag);
    }
    // Push by default once a person has a device: no email as well.
    expect(emailsTo(b.email)).toEqual([]);
    expect(emailsTo(a.email)).toEqual([]);
  });

  it("follows the person's choice: push and email, email only, or nothing", async () => {
    const { b, viewerA } = await createCouple("Alex", "Blake", { now: NOW });
    const phone = await device(b.id);
    const choose = (channels: "BOTH" | "EMAIL" | "OFF") =>
      db.notificationPreference.upsert({
        where: { userId_kind: { userId: b.id, kind: "NOTE_RECEIVED" } },
        create: { userId: b.id, kind: "NOTE_RECEIVED", channels },
        update: { channels },
      });

    await choose("BOTH");
    await sendNote(viewerA, { body: "One" }, { now: NOW });
    await run(at(10));
    expect([push.received.length, emailsTo(b.email).length]).toEqual([1, 1]);

    await choose("EMAIL");
    await sendNote(viewerA, { body: "Two" }, { now: at(20) });
    await run(at(30));
    expect([push.received.length, emailsTo(b.email).length]).toEqual([1, 2]);

    await choose("OFF");
    await sendNote(viewerA, { body: "Three" }, { now: at(40) });
    await run(at(50));
    expect([push.received.length, emailsTo(b.email).length]).toEqual([1, 2]);

    // Changed after the note was sent, before its notice went out: the choice at sending time wins.
    await choose("BOTH");
    await sendNote(viewerA, { body: "Four" }, { now: at(60) });
    await choose("OFF");
    expect(await run(at(70))).toMatchObject({ sent: 0, skipped: 2 });
    expect(push.received.filter((p) => p.subscriptionId === phone.id)).toHaveLength(1);
  });
});

describe("quiet hours", () => {
  it("hold a notice due inside them until they end, in the person's zone, and drop none", async () => {
    const { b, viewerA } = await createCouple("Alex", "Blake", { now: NOW });
    await device(b.id);
    await db.user.update({ where: { id: b.id }, data: { timeZone: "America/New_York", quietStart: 22, quietEnd: 7 } });
    const lateEvening = new Date("2026-11-25T03:30:00Z"); // 22:30 in New York
    await sendNote(viewerA, { body: "Good night" }, { now: lateEvening });

    const tenMinutesLater = new Date(lateEvening.getTime() + 10 * MINUTE);
    expect(await run(tenMinutesLater)).toMatchObject({ sent: 0, deferred: 1 });
    expect(await run(new Date("2026-11-25T11:59:00Z"))).toMatchObject({ sent: 0 }); // 06:59
    expect(await run(new Date("2026-11-25T12:00:00Z"))).toMatchObject({ sent: 1 }); // 07:00
    const row = await db.delivery.findFirstOrThrow({ where: { userId: b.id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1 });
  });
});

describe("exactly once per device", () => {
  it("under two runners at once", async () => {
    const people = await Promise.all(Array.from({ length: 6 }, (_, i) => createPerson(`Reminded${i}`, "Europe/London", { now: NOW })));
    await db.user.updateMany({ where: { id: { in: people.map((p) => p.id) } }, data: { reminderEnabled: true, reminderHour: 11 } });
    const devices = (await Promise.all(people.flatMap((p) => [device(p.id), device(p.id)]))).map((d) => d.id);

    const [first, second] = await Promise.all([run(NOW, { batchSize: 3 }), run(NOW, { batchSize: 3 })]);
    expect(first.sent + second.sent).toBe(12);
    expect(push.received.map((p) => p.subscriptionId).sort()).toEqual(devices.sort());
    expect(push.received[0]!.payload).toMatchObject({ title: "How are you feeling today?", url: "/checkin" });
    expect(await run(at(1))).toMatchObject({ sent: 0 });
  });

  it("after a runner crashed between claim and send: retried once its lease expires, not before", async () => {
    const { b, viewerA } = await createCouple("Alex", "Blake", { now: NOW });
    await device(b.id);
    await sendNote(viewerA, { body: "Hi" }, { now: NOW });
    await db.delivery.updateMany({ data: { leaseUntil: at(15), leaseToken: "dead-runner", attempts: 1 } });

    expect(await run(at(11))).toMatchObject({ sent: 0 });
    expect(await run(at(15.1))).toMatchObject({ sent: 1 });
    expect(push.received).toHaveLength(1);
  });

  it("honours a 429's Retry-After, backs off after a 5xx, and forgets a device the push service says is gone", async () => {
    const { b, viewerA } = await createCouple("Alex", "Blake", { now: NOW });
    const phone = await device(b.id);
    await sendNote(viewerA, { body: "Hi" }, { now: NOW });

    push.failNext({ status: 429, retryAfter: 90 });
    expect(await run(at(10))).toMatchObject({ sent: 0, retrying: 1 });
    expect(await run(at(11))).toMatchObject({ sent: 0 });
    push.failNext({ status: 503 });
    expect(await run(at(11.5))).toMatchObject({ sent: 0, retrying: 1 });
    expect(await run(at(12))).toMatchObject({ sent: 0 }); // backing off 60 s after the second attempt
    expect(await run(at(12.5))).toMatchObject({ sent: 1 });
    expect(push.received).toHaveLength(1);

    push.expire(phone.id);
    await sendNote(viewerA, { body: "Again" }, { now: at(20) });
    expect(await run(at(30))).toMatchObject({ sent: 0, failed: 1 });
    expect(await db.pushDevice.count({ where: { userId: b.id } })).toBe(0);
  });
});

describe("every kind keeps private words off the lock screen", () => {
  it("notes, replies, responses, acceptances, unlinking and reminders say who and what only", async () => {
    const alex = await createPerson("Alex", "Europe/London", { now: NOW });
    const blake = await createPerson("Blake", "Europe/London", { now: NOW });
    await device(alex.id);
    await device(blake.id);
    const invite = await createInvite(await viewerFor(alex.id), {}, { now: NOW });
    await acceptInvite(await viewerFor(blake.id), invite.code, { now: NOW });
    const [viewerA, viewerB] = [await viewerFor(alex.id), await viewerFor(blake.id)];

    const checkIn = await createCheckIn(
      viewerA,
      CheckInSchema.parse({ pleasantness: 2, energy: 2, feeling: "tired", visibility: "SHARED", note: "CHECKIN-WORDS" }),
      { now: NOW },
    );
    await respondToCheckIn(viewerB, checkIn.id, "SENDING_A_HUG", { now: NOW });
    const note = await sendNote(viewerB, { body: "NOTE-WORDS" }, { now: NOW });
    await replyToNote(viewerA, note.id, "REPLY-WORDS", { now: at(1) });
    await db.user.updateMany({ where: { id: { in: [alex.id, blake.id] } }, data: { reminderEnabled: true, reminderHour: 13 } });
    await run(at(61));
    await endCouple(blake.id, at(62), { partnerName: "Blake", reason: "unlinked" });
    await run(at(62));

    const titles = push.received.map((p) => p.payload.title).sort();
    expect(titles).toEqual(
      [
        "Blake accepted your invitation",
        "Blake responded to your check-in",
        "Blake sent you a note",
        "How are you feeling today?", // Blake's: Alex checked in today
        "Blake unlinked your accounts on Kindred",
      ].sort(),
    );
    for (const { payload } of push.received) {
      expect(JSON.stringify(payload)).not.toMatch(/CHECKIN-WORDS|NOTE-WORDS|REPLY-WORDS|tired|hug/i);
    }
  });
});

describe("messages sent at once, retried like the rest", () => {
  it("an invitation is sent as it is created, its secrets sealed in the row and erased once sent", async () => {
    const alex = await createPerson("Alex", "Europe/London", { now: NOW });
    const invite = await createInvite(await viewerFor(alex.id), { email: "partner@example.com" }, { now: NOW });
    expect(invite.emailSent).toBe(true);
    const [message] = await mailTo("partner@example.com");
    expect(message?.subject).toBe("Alex invited you to Kindred");
    expect(message?.text).toContain(invite.link);
    const row = await db.delivery.findFirstOrThrow({ where: { kind: "INVITATION", userId: alex.id } });
    expect(row).toMatchObject({ status: "SENT", channel: "EMAIL", context: null });
  });

  it("a partner-left notice that fails is retried, not lost", async () => {
    const { a, b } = await createCouple("Alex", "Blake", { now: NOW });
    await endCouple(a.id, NOW, { partnerName: "Alex", reason: "deleted" });
    email.failNext({ status: 500 });
    expect(await run(NOW)).toMatchObject({ sent: 0, retrying: 1 });
    expect(await run(at(1))).toMatchObject({ sent: 1 });
    expect(emailsTo(b.email).map((m) => m.subject)).toEqual(["Alex deleted their Kindred account"]);
  });

  it("an invitation revoked before a retry is not sent", async () => {
    const alex = await createPerson("Alex", "Europe/London", { now: NOW });
    const first = await createInvite(await viewerFor(alex.id), { email: "first@example.com" }, { now: NOW });
    await db.delivery.updateMany({ where: { kind: "INVITATION" }, data: { status: "PENDING", leaseUntil: null } });
    await createInvite(await viewerFor(alex.id), {}, { now: at(1) }); // replaces (revokes) the first
    expect(first.emailSent).toBe(true);
    expect(await run(at(2))).toMatchObject({ sent: 0, skipped: 1 });
  });
});

describe("devices", () => {
  it("accept only push services' addresses, and only their owner removes them", async () => {
    const { a, b } = await createCouple("Alex", "Blake", { now: NOW });
    const keys = push.subscribe().keys;
    for (const endpoint of [
      "https://evil.example/push/1",
      "http://10.0.0.1/push",
      "https://fcm.googleapis.com:8443/x",
      "ftp://fcm.googleapis.com/x",
    ]) {
      await expect(saveDevice(await viewerFor(a.id), { endpoint, keys }, null)).rejects.toThrow(/isn't one Kindred can send to/);
    }
    const saved = await saveDevice(await viewerFor(a.id), { endpoint: "https://fcm.googleapis.com/fcm/send/abc", keys }, null);
    await expect(removeDevice(await viewerFor(b.id), saved.id)).rejects.toThrow(/isn't in your list/);
    await removeDevice(await viewerFor(a.id), saved.id);
    expect(await db.pushDevice.count({ where: { userId: a.id } })).toBe(0);
  });

  it("an email's unsubscribe link turns off only the email half of that kind", async () => {
    const { b } = await createCouple("Alex", "Blake", { now: NOW });
    await device(b.id);
    await db.notificationPreference.create({ data: { userId: b.id, kind: "NOTE_RECEIVED", channels: "BOTH" } });
    const token = unsubscribeToken(b.id, "notes");
    expect(await getSubscription(token)).toMatchObject({ subscribed: true });
    await setSubscription(token, false);
    expect(await db.notificationPreference.findFirstOrThrow({ where: { userId: b.id } })).toMatchObject({ channels: "PUSH" });
    await setSubscription(token, true);
    expect(await db.notificationPreference.findFirstOrThrow({ where: { userId: b.id } })).toMatchObject({ channels: "BOTH" });
  });
});

describe("check-ins sent more than once", () => {
  it("are stored once per phone-made id, dated when they were written", async () => {
    const sam = await viewerFor((await createPerson("Sam", "Europe/London", { now: NOW })).id);
    const input = CheckInSchema.parse({
      pleasantness: 4,
      energy: 2,
      feeling: "calm",
      visibility: "PRIVATE",
      clientId: "6f1c1a52-4a43-4c4f-9f0e-0f7a2d0f5b11",
      recordedAt: at(-30).toISOString(),
    });
    const first = await createCheckIn(sam, input, { now: NOW });
    const again = await createCheckIn(sam, input, { now: at(5) });
    expect(again.id).toBe(first.id);
    const rows = await db.checkIn.findMany({ where: { authorId: sam.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.createdAt).toEqual(at(-30));
    // A phone clock far off is not believed.
    const future = await createCheckIn(
      sam,
      { ...input, clientId: "0d7b7f0e-2f53-4d55-8a53-2b0c2b1f6c2d", recordedAt: at(600).toISOString() },
      { now: NOW },
    );
    expect((await db.checkIn.findUniqueOrThrow({ where: { id: future.id } })).createdAt).toEqual(NOW);
  });
});
