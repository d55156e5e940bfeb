import "server-only";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError, NotFoundError } from "@/lib/errors";
import { notifyPartner } from "@/lib/live/notify";
import { enqueueBurstMessage } from "@/lib/notifications/burst";

type Options = { now?: Date };

const DAY_MS = 24 * 60 * 60 * 1000;
/** The same tap again within this long, unanswered, is the same bid (a burst of taps is one). */
const REPEAT_WINDOW_MS = 10 * 60 * 1000;
/** How long bids and answers stay on home. */
export const BIDS_HOME_WINDOW_MS = 3 * DAY_MS;
/** Trends' "turning toward": the last 30 days. */
const TOWARD_WINDOW_MS = 30 * DAY_MS;

/** Reaches out to the partner in one tap. The same tap again within ten minutes, still unanswered, is the same bid. */
export async function sendBid(viewer: Viewer, kind: string, { now = new Date() }: Options = {}) {
  const me = assertViewer(viewer);
  if (!me.couple) throw new AppError("Link with your partner first: this goes to them.", "conflict");
  const { id: coupleId, partner } = me.couple;
  return db.$transaction(async (tx) => {
    const repeat = await tx.bid.findFirst({
      where: { senderId: me.id, coupleId, kind, answeredAt: null, createdAt: { gt: new Date(now.getTime() - REPEAT_WINDOW_MS) } },
      select: { id: true },
    });
    if (repeat) return { id: repeat.id, repeated: true };
    const bid = await tx.bid.create({
      data: { coupleId, senderId: me.id, recipientId: partner.id, kind, createdAt: now },
      select: { id: true },
    });
    await enqueueBurstMessage(tx, "BID", partner, now);
    await notifyPartner(tx, partner.id, "bid");
    return { id: bid.id, repeated: false };
  });
}

/** The one-tap answer to a bid from the partner: only its recipient, in the couple it was sent in, once. */
export async function answerBid(viewer: Viewer, bidId: string, { now = new Date() }: Options = {}): Promise<void> {
  const me = assertViewer(viewer);
  if (!me.couple) throw new NotFoundError("We couldn't find that.");
  const { id: coupleId, partner } = me.couple;
  const answered = await db.$transaction(async (tx) => {
    const { count } = await tx.bid.updateMany({
      where: { id: bidId, recipientId: me.id, coupleId, answeredAt: null },
      data: { answeredAt: now, seenAt: now },
    });
    if (count === 0) return false;
    await enqueueBurstMessage(tx, "BID", partner, now);
    await notifyPartner(tx, partner.id, "bid");
    return true;
  });
  if (answered) return;
  const exists = await db.bid.count({ where: { id: bidId, recipientId: me.id, coupleId } });
  if (!exists) throw new NotFoundError("We couldn't find that.");
  throw new AppError("You've already answered that one.", "conflict");
}

export type BidsView = {
  /** The partner's bids to the viewer of the last three days, newest first; new until a home showed them. */
  received: { id: string; kind: string; at: Date; answered: boolean; isNew: boolean }[];
  /** The partner's answers to the viewer's bids of the last three days. */
  answers: { id: string; kind: string; at: Date; isNew: boolean }[];
  /** The viewer's own bids of the last three days still waiting for an answer. */
  waiting: { id: string; kind: string; at: Date }[];
};

const NO_BIDS: BidsView = { received: [], answers: [], waiting: [] };

/** What home and the reach-out page show of bids: only the current couple's. */
export async function getBids(viewer: Viewer, { now = new Date() }: Options = {}): Promise<BidsView> {
  const me = assertViewer(viewer);
  if (!me.couple) return NO_BIDS;
  const since = new Date(now.getTime() - BIDS_HOME_WINDOW_MS);
  const rows = await db.bid.findMany({
    where: {
      coupleId: me.couple.id,
      OR: [
        { recipientId: me.id, createdAt: { gte: since } },
        { senderId: me.id, OR: [{ answeredAt: { gte: since } }, { answeredAt: null, createdAt: { gte: since } }] },
      ],
    },
    orderBy: { createdAt: "desc" },
    take: 30,
    select: { id: true, kind: true, senderId: true, createdAt: true, seenAt: true, answeredAt: true, answerSeenAt: true },
  });
  return bidsViewOf(rows, me.id);
}

type BidRow = {
  id: string;
  kind: string;
  senderId: string;
  createdAt: Date;
  seenAt: Date | null;
  answeredAt: Date | null;
  answerSeenAt: Date | null;
};

/** The view of a couple's recent bids (newest first) for `me`: what came, what came back, what still waits. */
export function bidsViewOf(rows: BidRow[], me: string): BidsView {
  const mine = rows.filter((r) => r.senderId === me);
  return {
    received: rows
      .filter((r) => r.senderId !== me)
      .slice(0, 6)
      .map((r) => ({ id: r.id, kind: r.kind, at: r.createdAt, answered: r.answeredAt !== null, isNew: r.seenAt === null })),
    answers: mine
      .flatMap((r) => (r.answeredAt ? [{ id: r.id, kind: r.kind, at: r.answeredAt, isNew: r.answerSeenAt === null }] : []))
      .slice(0, 6),
    waiting: mine.filter((r) => !r.answeredAt).map((r) => ({ id: r.id, kind: r.kind, at: r.createdAt })),
  };
}

/** Marks what a page showed as seen (only what it showed: a bid arriving meanwhile stays new). */
export async function markBidsSeen(viewer: Viewer, view: BidsView, { now = new Date() }: Options = {}): Promise<void> {
  const me = assertViewer(viewer);
  const received = view.received.filter((b) => b.isNew).map((b) => b.id);
  const answers = view.answers.filter((b) => b.isNew).map((b) => b.id);
  await Promise.all([
    received.length
      ? db.bid.updateMany({ where: { id: { in: received }, recipientId: me.id, seenAt: null }, data: { seenAt: now } })
      : null,
    answers.length
      ? db.bid.updateMany({ where: { id: { in: answers }, senderId: me.id, answerSeenAt: null }, data: { answerSeenAt: now } })
      : null,
  ]);
}

/**
 * How often the two of them turned toward each other's bids in the last 30
 * days: one figure for the couple, never who answered less.
 */
export async function turningToward(viewer: Viewer, { now = new Date() }: Options = {}): Promise<{ bids: number; answered: number }> {
  const me = assertViewer(viewer);
  if (!me.couple) return { bids: 0, answered: 0 };
  const where = { coupleId: me.couple.id, createdAt: { gte: new Date(now.getTime() - TOWARD_WINDOW_MS) } };
  const [bids, answered] = await Promise.all([db.bid.count({ where }), db.bid.count({ where: { ...where, answeredAt: { not: null } } })]);
  return { bids, answered };
}
