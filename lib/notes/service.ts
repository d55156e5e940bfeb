import "server-only";
import { cache } from "react";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError, NotFoundError } from "@/lib/errors";
import { notifyPartner, writeAndTell } from "@/lib/live/notify";
import { enqueue } from "@/lib/notifications/enqueue";
import { coupleVaultIsOn } from "@/lib/vault/couple";
import { LOCKED_WORDS } from "./limits";
import { UNSEND_WINDOW_MS, type ComposeNoteInput, type ReplyInput } from "./schema";

type Options = { now?: Date };

/** Notes the viewer may read as recipient: to them, in the couple that is current. */
function received(viewer: Viewer) {
  return viewer.couple ? { recipientId: viewer.id, coupleId: viewer.couple.id } : null;
}

/**
 * With "Encrypt our words" on for the couple, words arrive sealed and plain
 * ones are refused (with the form field to show it on); without it, sealed
 * ones are refused, since the partner could not open them.
 */
async function assertSealedAsTheCoupleWants(coupleId: string, sealed: boolean, field: string): Promise<void> {
  const on = await coupleVaultIsOn(coupleId);
  if (on && !sealed) throw new AppError(LOCKED_WORDS, "conflict", field);
  if (!on && sealed) throw new AppError("Your words aren't encrypted between you, so this can't be sent sealed.", "conflict", field);
}

/**
 * Sends a note to the partner. The notification that tells them (push or
 * email, by their choice) is recorded as due at the end of the unsend window,
 * so an unsent note never leads to one (unsending deletes the note and, by
 * cascade, the pending notification).
 */
export async function sendNote(viewer: Viewer, input: ComposeNoteInput, { now = new Date() }: Options = {}) {
  const me = assertViewer(viewer);
  if (!me.couple) throw new AppError("Link with your partner first: notes go to them.", "conflict");
  const partner = me.couple.partner;
  await assertSealedAsTheCoupleWants(me.couple.id, Boolean(input.sealedBody), "body");
  return db.$transaction(async (tx) => {
    const note = await tx.note.create({
      data: {
        authorId: me.id,
        recipientId: partner.id,
        coupleId: me.couple!.id,
        body: input.body ?? null,
        sealedBody: input.sealedBody ?? null,
        prompt: input.prompt ?? null,
        createdAt: now,
      },
      select: { id: true },
    });
    await enqueue(tx, {
      kind: "NOTE_RECEIVED",
      userId: partner.id,
      periodKey: `note:${note.id}`,
      noteId: note.id,
      dueAt: new Date(now.getTime() + UNSEND_WINDOW_MS),
    });
    await notifyPartner(tx, partner.id, "note");
    return note;
  });
}

export const noteFields = {
  id: true,
  body: true,
  sealedBody: true,
  prompt: true,
  createdAt: true,
  readAt: true,
  heartedAt: true,
  reply: true,
  sealedReply: true,
  repliedAt: true,
} as const;

/** The viewer's inbox, newest first; unread ones have readAt null. */
export async function listInbox(viewer: Viewer) {
  const me = assertViewer(viewer);
  const where = received(me);
  if (!where) return [];
  return db.note.findMany({ where, orderBy: { createdAt: "desc" }, take: 200, select: noteFields });
}

/** How many notes wait unread; once per request (the navigation and home both show it). */
export const unreadNoteCount = cache(async (viewer: Viewer): Promise<number> => {
  const me = assertViewer(viewer);
  const where = received(me);
  return where ? db.note.count({ where: { ...where, readAt: null } }) : 0;
});

/** Opens a received note, marking it read the first time. */
export async function openNote(viewer: Viewer, noteId: string, { now = new Date() }: Options = {}) {
  const me = assertViewer(viewer);
  const where = received(me);
  if (!where) throw new NotFoundError("We couldn't find that note.");
  await db.note.updateMany({ where: { id: noteId, ...where, readAt: null }, data: { readAt: now } });
  const note = await db.note.findFirst({ where: { id: noteId, ...where }, select: noteFields });
  if (!note) throw new NotFoundError("We couldn't find that note. It may have been unsent.");
  return note;
}

/** Notes the viewer wrote, newest first; replies and hearts show only while the couple lasts. */
export async function listSent(viewer: Viewer, { now = new Date() }: Options = {}) {
  const me = assertViewer(viewer);
  const notes = await db.note.findMany({
    where: { authorId: me.id },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { ...noteFields, coupleId: true },
  });
  return notes.map((note) => {
    const current = note.coupleId !== null && note.coupleId === me.couple?.id;
    return {
      ...note,
      heartedAt: current ? note.heartedAt : null,
      reply: current ? note.reply : null,
      sealedReply: current ? note.sealedReply : null,
      repliedAt: current ? note.repliedAt : null,
      canUnsend: note.readAt === null && now.getTime() - note.createdAt.getTime() < UNSEND_WINDOW_MS,
      /** Until when Unsend works (while unread), to say how long is left. */
      unsendUntil: new Date(note.createdAt.getTime() + UNSEND_WINDOW_MS),
    };
  });
}

/** Takes a note back: only the writer, within 10 minutes, and only while unread. Then it is gone for both. */
export async function unsendNote(viewer: Viewer, noteId: string, { now = new Date() }: Options = {}): Promise<void> {
  const me = assertViewer(viewer);
  const unsendable = { id: noteId, authorId: me.id, readAt: null, createdAt: { gt: new Date(now.getTime() - UNSEND_WINDOW_MS) } };
  // Only a note to the current partner can be on their screen, so only that one tells them; one to an earlier partner goes quietly.
  const toCurrent = me.couple
    ? await writeAndTell(me.couple.partner.id, "note", (tx) => tx.note.deleteMany({ where: { ...unsendable, coupleId: me.couple!.id } }))
    : { count: 0 };
  const { count } = toCurrent.count > 0 ? toCurrent : await db.note.deleteMany({ where: unsendable });
  if (count > 0) return;
  const note = await db.note.findFirst({ where: { id: noteId, authorId: me.id }, select: { readAt: true } });
  if (!note) throw new NotFoundError("We couldn't find that note.");
  throw new AppError(
    note.readAt ? "It has already been read, so it can't be unsent." : "Notes can be unsent for 10 minutes after sending.",
    "conflict",
  );
}

/** The recipient's heart on a note: on or off. */
export async function setHeart(viewer: Viewer, noteId: string, hearted: boolean, { now = new Date() }: Options = {}): Promise<void> {
  const me = assertViewer(viewer);
  const where = received(me);
  const { count } = where
    ? await writeAndTell(me.couple?.partner.id, "note", (tx) =>
        tx.note.updateMany({ where: { id: noteId, ...where }, data: { heartedAt: hearted ? now : null } }),
      )
    : { count: 0 };
  if (count === 0) throw new NotFoundError("We couldn't find that note.");
}

/** The recipient's one short thank-you reply (words, or sealed for a couple that encrypts). */
export async function replyToNote(
  viewer: Viewer,
  noteId: string,
  words: string | ReplyInput,
  { now = new Date() }: Options = {},
): Promise<void> {
  const me = assertViewer(viewer);
  const where = received(me);
  if (!where) throw new NotFoundError("We couldn't find that note.");
  const { reply, sealedReply } = typeof words === "string" ? { reply: words, sealedReply: undefined } : words;
  await assertSealedAsTheCoupleWants(where.coupleId, Boolean(sealedReply), "reply");
  const { count } = await writeAndTell(me.couple?.partner.id, "note", (tx) =>
    tx.note.updateMany({
      where: { id: noteId, ...where, reply: null, sealedReply: null },
      data: { reply: reply ?? null, sealedReply: sealedReply ?? null, repliedAt: now },
    }),
  );
  if (count > 0) return;
  const exists = await db.note.count({ where: { id: noteId, ...where } });
  if (!exists) throw new NotFoundError("We couldn't find that note.");
  throw new AppError("You've already replied to this note.", "conflict", "reply");
}
