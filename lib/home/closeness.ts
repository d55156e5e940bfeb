import "server-only";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { bidsViewOf, BIDS_HOME_WINDOW_MS, type BidsView } from "@/lib/bids/service";
import { db } from "@/lib/db";
import { repairListOf, REPAIR_HOME_WINDOW_MS, type RepairList } from "@/lib/repair/service";
import type { FollowUp } from "@/lib/talk/follow-up";
import { revealChecks, type KeptAnswerKind } from "@/lib/talk/follow-up-rules";

export type Closeness = {
  bids: BidsView;
  repair: RepairList;
  /** Apologies waiting for the viewer's answer, and answers to the viewer's apologies not yet seen. */
  apologies: { waiting: number; answered: number };
  followUps: FollowUp[];
};

const NONE: Closeness = {
  bids: { received: [], answers: [], waiting: [] },
  repair: { mine: [], partners: [], received: [], sent: [] },
  apologies: { waiting: 0, answered: 0 },
  followUps: [],
};

type Ms = number;
type Row = {
  bids: { id: string; kind: string; senderId: string; createdAt: Ms; seenAt: Ms | null; answeredAt: Ms | null; answerSeenAt: Ms | null }[];
  picks: { id: string; userId: string; phraseId: string | null; text: string | null; private: boolean }[];
  exchanged: { id: string; senderId: string; createdAt: Ms; seenAt: Ms | null; phraseId: string | null; text: string | null }[];
  apologies: { waiting: number; answered: number };
  followUps: { id: string; text: string; createdAt: Ms; checks: { userId: string; answer: KeptAnswerKind }[] }[];
};

const date = (ms: Ms) => new Date(ms);
const maybeDate = (ms: Ms | null) => (ms === null ? null : new Date(ms));

/**
 * Everything home shows of bids, the repair list, apologies and agreements'
 * follow-ups, in one statement: the same rows, scoping and mapping as
 * getBids, getRepairList, listApologies and dueFollowUps (an integration
 * test holds them equal), without the six statements and their query
 * compiles that made home a third slower. Times travel as epoch
 * milliseconds, never as zone-less text.
 */
export async function getHomeCloseness(viewer: Viewer, { now = new Date() }: { now?: Date } = {}): Promise<Closeness> {
  const me = assertViewer(viewer);
  if (!me.couple) return NONE;
  const couple = me.couple.id;
  const partner = me.couple.partner.id;
  const bidsSince = new Date(now.getTime() - BIDS_HOME_WINDOW_MS);
  const repairsSince = new Date(now.getTime() - REPAIR_HOME_WINDOW_MS);
  const [row] = await db.$queryRaw<Row[]>`
    SELECT
      (SELECT coalesce(json_agg(b ORDER BY b."createdAt" DESC), '[]') FROM (
        SELECT id, kind, "senderId", (extract(epoch FROM "createdAt") * 1000)::float8 AS "createdAt", (extract(epoch FROM "seenAt") * 1000)::float8 AS "seenAt",
               (extract(epoch FROM "answeredAt") * 1000)::float8 AS "answeredAt", (extract(epoch FROM "answerSeenAt") * 1000)::float8 AS "answerSeenAt"
        FROM "Bid"
        WHERE "coupleId" = ${couple}
          AND (("recipientId" = ${me.id} AND "createdAt" >= ${bidsSince})
            OR ("senderId" = ${me.id} AND ("answeredAt" >= ${bidsSince} OR ("answeredAt" IS NULL AND "createdAt" >= ${bidsSince}))))
        ORDER BY "createdAt" DESC LIMIT 30) b) AS bids,
      (SELECT coalesce(json_agg(p ORDER BY p.at, p.id), '[]') FROM (
        SELECT id, "userId", "phraseId", text, private, "createdAt" AS at FROM "RepairPick"
        WHERE "userId" = ${me.id} OR ("userId" = ${partner} AND NOT private)) p) AS picks,
      (SELECT coalesce(json_agg(r ORDER BY r."createdAt" DESC), '[]') FROM (
        SELECT s.id, s."senderId", (extract(epoch FROM s."createdAt") * 1000)::float8 AS "createdAt", (extract(epoch FROM s."seenAt") * 1000)::float8 AS "seenAt", k."phraseId", k.text
        FROM "RepairSent" s JOIN "RepairPick" k ON k.id = s."pickId"
        WHERE s."coupleId" = ${couple} AND s."createdAt" >= ${repairsSince}
          AND (s."recipientId" = ${me.id} OR (s."senderId" = ${me.id} AND NOT k.private))
        ORDER BY s."createdAt" DESC LIMIT 12) r) AS exchanged,
      (SELECT json_build_object(
         'waiting', count(*) FILTER (WHERE "recipientId" = ${me.id}
                                     AND (answer IS NULL OR (answer = 'NEED_TIME' AND ("returnAt" IS NULL OR "returnAt" <= ${now})))),
         'answered', count(*) FILTER (WHERE "authorId" = ${me.id} AND answer IS NOT NULL AND "answerSeenAt" IS NULL))
       FROM (SELECT * FROM "Apology" WHERE "coupleId" = ${couple} ORDER BY "createdAt" DESC LIMIT 30) a) AS apologies,
      (SELECT coalesce(json_agg(f ORDER BY f."followUpAt"), '[]') FROM (
        SELECT a.id, a.text, (extract(epoch FROM a."createdAt") * 1000)::float8 AS "createdAt", a."followUpAt",
               coalesce((SELECT json_agg(json_build_object('userId', c."userId", 'answer', c.answer))
                         FROM "AgreementCheck" c WHERE c."agreementId" = a.id), '[]') AS checks
        FROM "Agreement" a
        WHERE a."coupleId" = ${couple} AND a.status = 'ACTIVE' AND a."followUpAt" <= ${now}
        ORDER BY a."followUpAt" LIMIT 5) f) AS "followUps"`;
  if (!row) return NONE;
  const picks = (ownerId: string) => row.picks.filter((p) => p.userId === ownerId);
  return {
    bids: bidsViewOf(
      row.bids.map((b) => ({
        ...b,
        createdAt: date(b.createdAt),
        seenAt: maybeDate(b.seenAt),
        answeredAt: maybeDate(b.answeredAt),
        answerSeenAt: maybeDate(b.answerSeenAt),
      })),
      me.id,
    ),
    repair: repairListOf(
      me.id,
      picks(me.id),
      picks(partner),
      row.exchanged.map((r) => ({ ...r, createdAt: date(r.createdAt), seenAt: maybeDate(r.seenAt), pick: r })),
    ),
    apologies: { waiting: Number(row.apologies.waiting), answered: Number(row.apologies.answered) },
    followUps: row.followUps.map(({ checks, ...agreement }) => ({
      id: agreement.id,
      text: agreement.text,
      createdAt: date(agreement.createdAt),
      ...revealChecks(checks, me.id, partner),
    })),
  };
}
