import { beforeEach, describe, expect, it } from "vitest";
import { exportMyData } from "@/lib/account/service";
import type { Viewer } from "@/lib/auth/viewer";
import { unlinkPartner } from "@/lib/couples/service";
import { db } from "@/lib/db";
import { ComposeNoteSchema, ReplySchema } from "@/lib/notes/schema";
import { listInbox, listSent, openNote, replyToNote, sendNote, setHeart, unreadNoteCount, unsendNote } from "@/lib/notes/service";
import { createCouple, createPerson, viewerFor } from "../support/integration";

const NOW = new Date("2026-11-22T15:00:00Z");
const MINUTE = 60_000;

let alex: Viewer;
let blake: Viewer;

beforeEach(async () => {
  ({ viewerA: alex, viewerB: blake } = await createCouple("Alex", "Blake"));
});

describe("writing notes", () => {
  it("reaches the partner's inbox, newest first, unread, with an unread count", async () => {
    await sendNote(alex, { body: "Thank you for the coffee" }, { now: NOW });
    await sendNote(
      alex,
      { body: "I noticed you fixed the shelf", prompt: "I noticed when you…" },
      { now: new Date(NOW.getTime() + MINUTE) },
    );
    const inbox = await listInbox(blake);
    expect(inbox.map((n) => n.body)).toEqual(["I noticed you fixed the shelf", "Thank you for the coffee"]);
    expect(inbox.every((n) => n.readAt === null)).toBe(true);
    expect(await unreadNoteCount(blake)).toBe(2);
    expect(await unreadNoteCount(alex)).toBe(0);
  });

  it("explains empty, too long and partner-less notes", async () => {
    expect(ComposeNoteSchema.safeParse({ body: "   " }).error?.issues[0]?.message).toBe("Write a few words first");
    expect(ComposeNoteSchema.safeParse({ body: "x".repeat(1001) }).error?.issues[0]?.message).toMatch(/1,000 characters/);
    const solo = await viewerFor((await createPerson("Solo")).id);
    await expect(sendNote(solo, { body: "Hello?" })).rejects.toThrow(/Link with your partner first/);
  });

  it("records the notice to the partner as due when the unsend window ends, by the channel they chose", async () => {
    const note = await sendNote(alex, { body: "Thank you" }, { now: NOW });
    const email = await db.delivery.findFirstOrThrow({ where: { noteId: note.id } });
    expect(email).toMatchObject({ userId: blake.id, kind: "NOTE_RECEIVED", channel: "EMAIL", status: "PENDING" });
    expect(email.dueAt.getTime()).toBe(NOW.getTime() + 10 * MINUTE);

    await db.notificationPreference.create({ data: { userId: alex.id, kind: "NOTE_RECEIVED", channels: "OFF" } });
    const back = await sendNote(blake, { body: "And thank you" }, { now: NOW });
    expect(await db.delivery.count({ where: { noteId: back.id } })).toBe(0);
  });
});

describe("reading and reacting", () => {
  it("marks a note read when opened; the writer sees when; heart and reply reach the writer", async () => {
    const { id } = await sendNote(alex, { body: "Thank you for listening" }, { now: NOW });
    const readAt = new Date(NOW.getTime() + 5 * MINUTE);
    await openNote(blake, id, { now: readAt });
    await openNote(blake, id, { now: new Date(readAt.getTime() + MINUTE) });
    await setHeart(blake, id, true, { now: readAt });
    await replyToNote(blake, id, "That means a lot", { now: readAt });
    const [sent] = await listSent(alex, { now: readAt });
    expect(sent).toMatchObject({ readAt, heartedAt: readAt, reply: "That means a lot", canUnsend: false });
    expect(await unreadNoteCount(blake)).toBe(0);
  });

  it("allows one reply of at most 280 characters", async () => {
    const { id } = await sendNote(alex, { body: "Thanks" }, { now: NOW });
    expect(ReplySchema.safeParse({ noteId: id, reply: "x".repeat(281) }).success).toBe(false);
    await replyToNote(blake, id, "First");
    await expect(replyToNote(blake, id, "Second")).rejects.toThrow(/already replied/);
  });

  it("lets only the recipient open, heart or reply", async () => {
    const { id } = await sendNote(alex, { body: "Thanks" }, { now: NOW });
    await expect(openNote(alex, id)).rejects.toMatchObject({ code: "not_found" });
    await expect(setHeart(alex, id, true)).rejects.toMatchObject({ code: "not_found" });
    await expect(replyToNote(alex, id, "self")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("unsending", () => {
  it("removes an unread note within 10 minutes, for both, with its pending email", async () => {
    const { id } = await sendNote(alex, { body: "Oops, wrong words" }, { now: NOW });
    await unsendNote(alex, id, { now: new Date(NOW.getTime() + 9 * MINUTE) });
    expect(await listInbox(blake)).toEqual([]);
    expect(await listSent(alex)).toEqual([]);
    expect(await db.delivery.count({ where: { userId: blake.id } })).toBe(0);
  });

  it("is refused once read, or after 10 minutes, saying why", async () => {
    const read = await sendNote(alex, { body: "One" }, { now: NOW });
    await openNote(blake, read.id, { now: NOW });
    await expect(unsendNote(alex, read.id, { now: NOW })).rejects.toThrow(/already been read/);
    const late = await sendNote(alex, { body: "Two" }, { now: NOW });
    await expect(unsendNote(alex, late.id, { now: new Date(NOW.getTime() + 10 * MINUTE) })).rejects.toThrow(/10 minutes/);
  });

  it("cannot be done by the recipient", async () => {
    const { id } = await sendNote(alex, { body: "Mine" }, { now: NOW });
    await expect(unsendNote(blake, id, { now: NOW })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("after unlinking", () => {
  it("the writer keeps the notes they wrote; the recipient no longer sees them", async () => {
    await sendNote(alex, { body: "Before we parted" }, { now: NOW });
    await unlinkPartner(alex, { now: NOW });
    const [a, b] = await Promise.all([viewerFor(alex.id), viewerFor(blake.id)]);
    expect(await listInbox(b)).toEqual([]);
    expect((await listSent(a)).map((n) => n.body)).toEqual(["Before we parted"]);
    expect(JSON.stringify(await exportMyData(b))).not.toContain("Before we parted");
  });
});

describe("export", () => {
  it("holds the notes I wrote and received, with the prompt each started from", async () => {
    await sendNote(alex, { body: "From Alex" }, { now: NOW });
    await sendNote(blake, { body: "From Blake", prompt: "Today I noticed…" }, { now: NOW });
    const data = await exportMyData(alex);
    expect(data.notesWritten.map((n) => n.body)).toEqual(["From Alex"]);
    expect(data.notesReceived.map((n) => [n.body, n.prompt])).toEqual([["From Blake", "Today I noticed…"]]);
    expect(data.emailPreferences).toEqual({
      checkInReminder: { enabled: false, localHour: 20 },
      weeklyDigest: { enabled: true, weekday: 0, localHour: 18 },
    });
  });
});
