import "server-only";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError, NotFoundError } from "@/lib/errors";
import { notifyPartner, writeAndTell } from "@/lib/live/notify";
import { enqueueBurstMessage } from "@/lib/notifications/burst";
import { phraseText } from "./phrases";

type Options = { now?: Date };

/** The same phrase sent again within this long is the same. */
const REPEAT_WINDOW_MS = 10 * 60 * 1000;
/** How long a phrase sent stays on home. */
export const REPAIR_HOME_WINDOW_MS = 3 * 24 * 60 * 60 * 1000;
/** How many phrases of their own a person may add. */
const OWN_PHRASES_MAX = 20;

const pickFields = { id: true, phraseId: true, text: true, private: true } as const;

/** A pick's words: ours from the content file, or the person's own. */
function wordsOf(pick: { phraseId: string | null; text: string | null }): string {
  return (pick.phraseId ? phraseText(pick.phraseId) : pick.text) ?? "";
}

export type RepairList = {
  /** The viewer's own list: what they would welcome hearing; private ones only they see. */
  mine: { id: string; phraseId: string | null; words: string; private: boolean }[];
  /** The partner's shared picks: what the viewer can send them. */
  partners: { id: string; words: string }[];
  /** Phrases the partner sent the viewer in the last three days, newest first. */
  received: { id: string; words: string; at: Date; isNew: boolean }[];
  /** What the viewer sent in the last three days (only picks the partner still shares). */
  sent: { id: string; words: string; at: Date }[];
};

/** The couple's repair list as the viewer may see it. */
export async function getRepairList(viewer: Viewer, { now = new Date() }: Options = {}): Promise<RepairList> {
  const me = assertViewer(viewer);
  const couple = me.couple;
  const since = new Date(now.getTime() - REPAIR_HOME_WINDOW_MS);
  const [mine, partners, exchanged] = await Promise.all([
    db.repairPick.findMany({ where: { userId: me.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: pickFields }),
    couple
      ? db.repairPick.findMany({
          where: { userId: couple.partner.id, private: false },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: pickFields,
        })
      : [],
    couple
      ? db.repairSent.findMany({
          where: {
            coupleId: couple.id,
            createdAt: { gte: since },
            OR: [{ recipientId: me.id }, { senderId: me.id, pick: { private: false } }],
          },
          orderBy: { createdAt: "desc" },
          take: 12,
          select: { id: true, senderId: true, createdAt: true, seenAt: true, pick: { select: { phraseId: true, text: true } } },
        })
      : [],
  ]);
  return repairListOf(me.id, mine, partners, exchanged);
}

/** Only the partner's shared picks, what a talk offers to send: one statement. */
export async function partnersPicks(viewer: Viewer): Promise<RepairList["partners"]> {
  const me = assertViewer(viewer);
  if (!me.couple) return [];
  const rows = await db.repairPick.findMany({
    where: { userId: me.couple.partner.id, private: false },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: pickFields,
  });
  return rows.map(partnerPick);
}

const partnerPick = (p: PickRow) => ({ id: p.id, words: wordsOf(p) });

type PickRow = { id: string; phraseId: string | null; text: string | null; private: boolean };
type ExchangedRow = {
  id: string;
  senderId: string;
  createdAt: Date;
  seenAt: Date | null;
  pick: { phraseId: string | null; text: string | null };
};

/** The repair list for `me` from its rows: their picks, the partner's shared ones, and what was sent lately (newest first). */
export function repairListOf(me: string, mine: PickRow[], partners: PickRow[], exchanged: ExchangedRow[]): RepairList {
  return {
    mine: mine.map((p) => ({ id: p.id, phraseId: p.phraseId, words: wordsOf(p), private: p.private })),
    partners: partners.map(partnerPick),
    received: exchanged
      .filter((r) => r.senderId !== me)
      .map((r) => ({ id: r.id, words: wordsOf(r.pick), at: r.createdAt, isNew: r.seenAt === null })),
    sent: exchanged.filter((r) => r.senderId === me).map((r) => ({ id: r.id, words: wordsOf(r.pick), at: r.createdAt })),
  };
}

/** A phrase of ours tapped: on the viewer's list (shared with the partner), or off it again. */
export async function togglePhrase(viewer: Viewer, phraseId: string): Promise<{ picked: boolean }> {
  const me = assertViewer(viewer);
  const existing = await db.repairPick.findFirst({ where: { userId: me.id, phraseId }, select: { id: true, private: true } });
  if (existing) {
    await deletePick(me, existing);
    return { picked: false };
  }
  await writeAndTell(me.couple?.partner.id, "repair", (tx) =>
    tx.repairPick.createMany({ data: [{ userId: me.id, phraseId }], skipDuplicates: true }),
  );
  return { picked: true };
}

/** Deletes one of the viewer's picks; the partner's page hears of it only if it was on their side of the list. */
function deletePick(me: Viewer & { id: string }, pick: { id: string; private: boolean }) {
  return writeAndTell(pick.private ? undefined : me.couple?.partner.id, "repair", (tx) =>
    tx.repairPick.deleteMany({ where: { id: pick.id, userId: me.id } }),
  );
}

/** The viewer's own words for their list; a private one stays theirs alone. */
export async function addOwnPhrase(viewer: Viewer, input: { text: string; private: boolean }): Promise<void> {
  const me = assertViewer(viewer);
  const own = await db.repairPick.count({ where: { userId: me.id, phraseId: null } });
  if (own >= OWN_PHRASES_MAX) throw new AppError(`You can keep up to ${OWN_PHRASES_MAX} phrases of your own.`, "conflict", "text");
  await writeAndTell(
    input.private ? undefined : me.couple?.partner.id,
    "repair",
    (tx) => tx.repairPick.create({ data: { userId: me.id, text: input.text, private: input.private }, select: { id: true } }),
    () => true,
  );
}

/** Shares a pick with the partner, or keeps it to the viewer. */
export async function setPickPrivacy(viewer: Viewer, pickId: string, isPrivate: boolean): Promise<void> {
  const me = assertViewer(viewer);
  const { count } = await writeAndTell(me.couple?.partner.id, "repair", (tx) =>
    tx.repairPick.updateMany({ where: { id: pickId, userId: me.id, private: !isPrivate }, data: { private: isPrivate } }),
  );
  if (count === 0 && !(await db.repairPick.count({ where: { id: pickId, userId: me.id } }))) {
    throw new NotFoundError("We couldn't find that phrase.");
  }
}

/** Takes a pick off the viewer's list (and, with it, any time it was sent). */
export async function removePick(viewer: Viewer, pickId: string): Promise<void> {
  const me = assertViewer(viewer);
  const pick = await db.repairPick.findFirst({ where: { id: pickId, userId: me.id }, select: { id: true, private: true } });
  if (!pick) throw new NotFoundError("We couldn't find that phrase.");
  await deletePick(me, pick);
}

/**
 * Sends the partner one of the phrases they said they would welcome, in one
 * tap: only a pick of the current partner's that they share. The push says
 * that a repair came, never its words.
 */
export async function sendRepair(viewer: Viewer, pickId: string, { now = new Date() }: Options = {}) {
  const me = assertViewer(viewer);
  if (!me.couple) throw new NotFoundError("We couldn't find that phrase.");
  const { id: coupleId, partner } = me.couple;
  return db.$transaction(async (tx) => {
    const pick = await tx.repairPick.findFirst({ where: { id: pickId, userId: partner.id, private: false }, select: { id: true } });
    if (!pick) throw new NotFoundError("We couldn't find that phrase. It may have been taken off the list.");
    const repeat = await tx.repairSent.findFirst({
      where: { pickId, senderId: me.id, coupleId, createdAt: { gt: new Date(now.getTime() - REPEAT_WINDOW_MS) } },
      select: { id: true },
    });
    if (repeat) return { id: repeat.id, repeated: true };
    const sent = await tx.repairSent.create({
      data: { coupleId, senderId: me.id, recipientId: partner.id, pickId, createdAt: now },
      select: { id: true },
    });
    await enqueueBurstMessage(tx, "REPAIR", partner, now);
    await notifyPartner(tx, partner.id, "repair");
    return { id: sent.id, repeated: false };
  });
}

/** Marks the phrases a page showed as seen. */
export async function markRepairsSeen(viewer: Viewer, list: RepairList, { now = new Date() }: Options = {}): Promise<void> {
  const me = assertViewer(viewer);
  const ids = list.received.filter((r) => r.isNew).map((r) => r.id);
  if (ids.length) await db.repairSent.updateMany({ where: { id: { in: ids }, recipientId: me.id, seenAt: null }, data: { seenAt: now } });
}
