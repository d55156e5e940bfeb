import "server-only";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { ResponseKind } from "@/lib/generated/prisma/enums";

/** How long a response or an acceptance stays on home. */
const NEWS_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export type HomeNews = {
  /** The partner accepted the viewer's invitation (in the last week): the couple's start, from the viewer's own membership. */
  accepted: { at: Date; isNew: boolean } | null;
  /** The partner's answers to the viewer's check-ins (in the last week, newest first), whichever check-in they answered. */
  responses: { id: string; kind: ResponseKind; at: Date; isNew: boolean; checkIn: { createdAt: Date } }[];
};

/**
 * What the partner did for the viewer that home tells them about: each "new"
 * until the home page that shows it has been sent (markNewsSeen). Only
 * answers from the current partner to check-ins the viewer shared with them.
 */
export async function getHomeNews(viewer: Viewer, { now = new Date() }: { now?: Date } = {}): Promise<HomeNews> {
  const me = assertViewer(viewer);
  if (!me.couple) return { accepted: null, responses: [] };
  const since = new Date(now.getTime() - NEWS_WINDOW_MS);
  const partnerId = me.couple.partner.id;
  const { acceptance } = me.couple;
  const responses = await db.checkInResponse.findMany({
    where: {
      responderId: partnerId,
      updatedAt: { gte: since },
      checkIn: { authorId: me.id, coupleId: me.couple.id, visibility: "SHARED" },
    },
    orderBy: { updatedAt: "desc" },
    take: 5,
    select: { id: true, kind: true, updatedAt: true, seenAt: true, checkIn: { select: { createdAt: true } } },
  });
  return {
    accepted: acceptance && acceptance.at >= since ? { at: acceptance.at, isNew: !acceptance.seen } : null,
    responses: responses.map((r) => ({ id: r.id, kind: r.kind, at: r.updatedAt, isNew: r.seenAt === null, checkIn: r.checkIn })),
  };
}

/** Marks what a home page showed as seen: only the rows it showed, so an answer arriving meanwhile stays new. */
export async function markNewsSeen(viewer: Viewer, news: HomeNews, { now = new Date() }: { now?: Date } = {}): Promise<void> {
  const me = assertViewer(viewer);
  // Each as it was shown: one changed since (a different answer) stays new.
  const shown = news.responses.filter((r) => r.isNew).map((r) => ({ id: r.id, updatedAt: r.at }));
  await Promise.all([
    shown.length
      ? db.checkInResponse.updateMany({
          where: { OR: shown, seenAt: null, checkIn: { authorId: me.id } },
          data: { seenAt: now },
        })
      : null,
    news.accepted?.isNew && me.couple
      ? db.coupleMembership.updateMany({
          where: { userId: me.id, coupleId: me.couple.id, seat: 1, acceptanceSeenAt: null },
          data: { acceptanceSeenAt: now },
        })
      : null,
  ]);
}
