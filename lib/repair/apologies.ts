import "server-only";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError, NotFoundError } from "@/lib/errors";
import type { ApologyAnswer } from "@/lib/generated/prisma/enums";
import { notifyPartner, writeAndTell } from "@/lib/live/notify";
import { enqueue } from "@/lib/notifications/enqueue";
import { createTalk } from "@/lib/talk/service";
import { apologyKeys, APOLOGY_RETURN_MS, apologyTalkTopic } from "./apology";
import type { ApologyInput } from "./apology-schema";

type Options = { now?: Date };

const NOT_FOUND = "We couldn't find that apology.";
/** Apologies a person may send in a day: each is an email or a push to the partner. */
const APOLOGIES_PER_DAY = 5;

/** Sends a guided apology to the partner. Its message says that one came, never its words. */
export async function sendApology(viewer: Viewer, input: ApologyInput, { now = new Date() }: Options = {}) {
  const me = assertViewer(viewer);
  if (!me.couple) throw new AppError("Link with your partner first: an apology goes to them.", "conflict");
  const { id: coupleId, partner } = me.couple;
  const today = await db.apology.count({ where: { authorId: me.id, createdAt: { gt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } } });
  if (today >= APOLOGIES_PER_DAY) {
    throw new AppError("You've sent several apologies today. Give them a little time, or talk it through together.", "rate_limited");
  }
  return db.$transaction(async (tx) => {
    const apology = await tx.apology.create({
      data: { coupleId, authorId: me.id, recipientId: partner.id, ...input, createdAt: now },
      select: { id: true },
    });
    await enqueue(tx, { kind: "APOLOGY", userId: partner.id, periodKey: apologyKeys.sent(apology.id), dueAt: now });
    await notifyPartner(tx, partner.id, "repair");
    return apology;
  });
}

export type ApologyView = {
  id: string;
  /** The viewer wrote it. */
  mine: boolean;
  happened: string;
  effect: string;
  change: string;
  ask: string;
  at: Date;
  answer: ApologyAnswer | null;
  answeredAt: Date | null;
  talkId: string | null;
  /** For its recipient: it waits for their answer (not yet answered, or "a little time" is over). */
  waitingForMe: boolean;
  /** New to the viewer: an apology not yet shown to its recipient, or an answer not yet shown to its author. */
  isNew: boolean;
};

/** The couple's apologies, both ways, newest first: only the current couple's. */
export async function listApologies(viewer: Viewer, { now = new Date() }: Options = {}): Promise<ApologyView[]> {
  const me = assertViewer(viewer);
  if (!me.couple) return [];
  const rows = await db.apology.findMany({
    where: { coupleId: me.couple.id, OR: [{ authorId: me.id }, { recipientId: me.id }] },
    orderBy: { createdAt: "desc" },
    take: 30,
  });
  return rows.map((row) => {
    const mine = row.authorId === me.id;
    const resting = row.answer === "NEED_TIME" && row.returnAt !== null && row.returnAt > now;
    return {
      id: row.id,
      mine,
      happened: row.happened,
      effect: row.effect,
      change: row.change,
      ask: row.ask,
      at: row.createdAt,
      answer: row.answer,
      answeredAt: row.answeredAt,
      talkId: row.talkId,
      waitingForMe: !mine && (row.answer === null || (row.answer === "NEED_TIME" && !resting)),
      isNew: mine ? row.answer !== null && row.answerSeenAt === null : row.seenAt === null,
    };
  });
}

/**
 * The recipient's answer, when they are ready: forgiveness, a little time
 * (the apology comes back to them gently in two days, and they may answer
 * again), or a talk about it (started with the apology as its topic). Only
 * once it is forgiven or talked about is the answer final.
 */
export async function answerApology(viewer: Viewer, apologyId: string, answer: ApologyAnswer, { now = new Date() }: Options = {}) {
  const me = assertViewer(viewer);
  if (!me.couple) throw new NotFoundError(NOT_FOUND);
  const { id: coupleId, partner } = me.couple;
  const where = { id: apologyId, recipientId: me.id, coupleId };
  const apology = await db.apology.findFirst({ where, select: { answer: true, happened: true } });
  if (!apology) throw new NotFoundError(NOT_FOUND);
  if (apology.answer === "FORGIVE" || apology.answer === "TALK") throw new AppError("You've already answered this apology.", "conflict");
  const returnAt = answer === "NEED_TIME" ? new Date(now.getTime() + APOLOGY_RETURN_MS) : null;
  // The answer and its talk are written together: a second answer racing this one finds it answered, and no talk is left without its apology.
  const talk = await db.$transaction(async (tx) => {
    const { count } = await tx.apology.updateMany({
      where: { ...where, OR: [{ answer: null }, { answer: "NEED_TIME" }] },
      data: { answer, answeredAt: now, answerSeenAt: null, returnAt, seenAt: now },
    });
    if (count === 0) throw new AppError("You've already answered this apology.", "conflict");
    const talk = answer === "TALK" ? await createTalk(tx, me, { topic: apologyTalkTopic(apology.happened), first: "me" }, now) : null;
    if (talk) await tx.apology.update({ where: { id: apologyId }, data: { talkId: talk.id } });
    // One message to the author per answer; a second "a little time" does not tell them again.
    await enqueue(tx, { kind: "APOLOGY", userId: partner.id, periodKey: `${apologyKeys.answered(apologyId)}:${answer}`, dueAt: now });
    if (returnAt) {
      await tx.delivery.deleteMany({
        where: { userId: me.id, kind: "APOLOGY", periodKey: apologyKeys.returned(apologyId), status: "PENDING" },
      });
      await enqueue(tx, { kind: "APOLOGY", userId: me.id, periodKey: apologyKeys.returned(apologyId), dueAt: returnAt });
    }
    await notifyPartner(tx, partner.id, "repair");
    return talk;
  });
  return { talkId: talk?.id ?? null };
}

/** Takes back an apology the viewer wrote: it is gone for both. */
export async function deleteApology(viewer: Viewer, apologyId: string): Promise<void> {
  const me = assertViewer(viewer);
  const { count } = await writeAndTell(me.couple?.partner.id, "repair", (tx) =>
    tx.apology.deleteMany({ where: { id: apologyId, authorId: me.id } }),
  );
  if (count === 0) throw new NotFoundError(NOT_FOUND);
}

/** Marks what a page showed as seen: apologies to the viewer, answers to the viewer's own. */
export async function markApologiesSeen(viewer: Viewer, shown: ApologyView[], { now = new Date() }: Options = {}): Promise<void> {
  const me = assertViewer(viewer);
  const received = shown.filter((a) => a.isNew && !a.mine).map((a) => a.id);
  const answered = shown.filter((a) => a.isNew && a.mine).map((a) => a.id);
  await Promise.all([
    received.length
      ? db.apology.updateMany({ where: { id: { in: received }, recipientId: me.id, seenAt: null }, data: { seenAt: now } })
      : null,
    answered.length
      ? db.apology.updateMany({ where: { id: { in: answered }, authorId: me.id, answerSeenAt: null }, data: { answerSeenAt: now } })
      : null,
  ]);
}
