import "server-only";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError, NotFoundError } from "@/lib/errors";
import { notifyPartner, writeAndTell } from "@/lib/live/notify";
import { enqueue } from "@/lib/notifications/enqueue";
import { responsePeriodKey } from "@/lib/notifications/kinds/checkin-response";
import type { ResponseKind } from "@/lib/generated/prisma/enums";
import { lastLocalDays, localDateKey, startOfLocalDay } from "@/lib/time/days";
import { vaultIsOn } from "@/lib/vault/service";
import { partnerShared } from "./privacy";
import type { CheckInInput } from "./schema";
import type { TrendSeries, TrendView } from "./trends";
import type { Visibility } from "./visibility";

type Options = { now?: Date };

export const checkInFields = {
  id: true,
  authorId: true,
  pleasantness: true,
  energy: true,
  feeling: true,
  note: true,
  sealedNote: true,
  visibility: true,
  need: true,
  createdAt: true,
} as const;

/** How far back a check-in kept on the phone may be dated: older ones count as written when they arrive. */
const MAX_BACKDATE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * With encryption on, a private note may only arrive sealed by the browser:
 * plain text here would be stored where the server can read it.
 */
async function refusePlainPrivateNote(me: Viewer, input: Pick<CheckInInput, "note" | "visibility">) {
  if (input.visibility !== "PRIVATE" || !input.note || !(await vaultIsOn(me.id))) return;
  throw new AppError(
    "Your private notes are encrypted, and this one would have been sent as plain text. Unlock your notes on this device in Settings, then save again.",
    "invalid",
    "note",
  );
}

/**
 * Stores a check-in once per clientId, however many times it is sent (an
 * offline queue retrying, a double tap): a repeat returns the stored one.
 */
export async function createCheckIn(viewer: Viewer, input: CheckInInput, { now = new Date() }: Options = {}) {
  const me = assertViewer(viewer);
  await refusePlainPrivateNote(me, input);
  const { clientId, recordedAt, ...fields } = input;
  const written = recordedAt ? new Date(recordedAt) : now;
  const createdAt = written > now || now.getTime() - written.getTime() > MAX_BACKDATE_MS ? now : written;
  const data = {
    ...fields,
    feeling: fields.feeling ?? null,
    note: fields.note ?? null,
    sealedNote: fields.sealedNote ?? null,
    need: fields.need ?? null,
    clientId: clientId ?? null,
    authorId: me.id,
    coupleId: me.couple?.id ?? null,
    createdAt,
  };
  // A private check-in tells the partner nothing, not even that one was made.
  const partnerId = partnerWhoSees(me, data);
  if (!clientId) return writeAndTell(partnerId, "checkin", (tx) => tx.checkIn.create({ data, select: { id: true } }));
  await writeAndTell(partnerId, "checkin", (tx) => tx.checkIn.createMany({ data: [data], skipDuplicates: true }));
  return db.checkIn.findUniqueOrThrow({ where: { authorId_clientId: { authorId: me.id, clientId } }, select: { id: true } });
}

/** One of my own check-ins, for editing. */
export async function getOwnCheckIn(viewer: Viewer, checkInId: string) {
  const me = assertViewer(viewer);
  const checkIn = await db.checkIn.findFirst({ where: { id: checkInId, authorId: me.id }, select: checkInFields });
  if (!checkIn) throw new NotFoundError("We couldn't find that check-in.");
  return checkIn;
}

function withoutClientFields({ clientId: _clientId, recordedAt: _recordedAt, ...fields }: CheckInInput) {
  return fields;
}

export async function updateCheckIn(viewer: Viewer, checkInId: string, input: CheckInInput): Promise<void> {
  const me = assertViewer(viewer);
  await refusePlainPrivateNote(me, input);
  await db.$transaction(async (tx) => {
    const before = await tx.checkIn.findFirst({ where: { id: checkInId, authorId: me.id }, select: { visibility: true, coupleId: true } });
    const { count } = await tx.checkIn.updateMany({
      where: { id: checkInId, authorId: me.id },
      data: {
        ...withoutClientFields(input),
        feeling: input.feeling ?? null,
        note: input.note ?? null,
        sealedNote: input.sealedNote ?? null,
        need: input.need ?? null,
      },
    });
    if (!before || count === 0) throw new NotFoundError("We couldn't find that check-in.");
    // A check-in made private is no longer answered by anyone.
    if (input.visibility === "PRIVATE") await tx.checkInResponse.deleteMany({ where: { checkInId } });
    // The partner is told if they could see it before or can now; an edit of a private one stays unknown to them.
    const partnerId = partnerWhoSees(me, before) ?? partnerWhoSees(me, { ...before, visibility: input.visibility });
    if (partnerId) await notifyPartner(tx, partnerId, "checkin");
  });
}

/** Deletes my check-in; the responses to it go with it. */
export async function deleteCheckIn(viewer: Viewer, checkInId: string): Promise<void> {
  const me = assertViewer(viewer);
  await db.$transaction(async (tx) => {
    const before = await tx.checkIn.findFirst({ where: { id: checkInId, authorId: me.id }, select: { visibility: true, coupleId: true } });
    const { count } = await tx.checkIn.deleteMany({ where: { id: checkInId, authorId: me.id } });
    if (!before || count === 0) throw new NotFoundError("We couldn't find that check-in.");
    const partnerId = partnerWhoSees(me, before);
    if (partnerId) await notifyPartner(tx, partnerId, "checkin");
  });
}

/** The partner who can see a check-in of mine like this one (shared, in our couple), if any. */
function partnerWhoSees(me: Viewer, checkIn: { visibility: Visibility; coupleId: string | null }): string | undefined {
  return me.couple && checkIn.coupleId === me.couple.id && checkIn.visibility === "SHARED" ? me.couple.partner.id : undefined;
}

/**
 * Answers a partner's shared check-in. One response per person per check-in:
 * a different kind replaces it, the same kind again takes it back.
 */
/** A response is told a minute later, so a partner who changes their mind right away sends one notice with their final answer. */
const RESPONSE_NOTICE_DELAY_MS = 60_000;

export async function respondToCheckIn(
  viewer: Viewer,
  checkInId: string,
  kind: ResponseKind,
  { now = new Date() }: Options = {},
): Promise<{ kind: ResponseKind | null }> {
  const me = assertViewer(viewer);
  const where = partnerShared(me.couple);
  const checkIn = where ? await db.checkIn.findFirst({ where: { id: checkInId, ...where }, select: { id: true } }) : null;
  if (!checkIn) throw new NotFoundError("We couldn't find that check-in.");
  const existing = await db.checkInResponse.findUnique({ where: { checkInId_responderId: { checkInId, responderId: me.id } } });
  if (existing?.kind === kind) {
    await writeAndTell(me.couple?.partner.id, "response", (tx) => tx.checkInResponse.delete({ where: { id: existing.id } }));
    return { kind: null };
  }
  await db.$transaction(async (tx) => {
    const response = await tx.checkInResponse.upsert({
      where: { checkInId_responderId: { checkInId, responderId: me.id } },
      create: { checkInId, responderId: me.id, kind, createdAt: now, updatedAt: now },
      // A changed answer is news again on the author's home.
      update: { kind, updatedAt: now, seenAt: null },
      select: { checkIn: { select: { authorId: true } } },
    });
    // One notice per check-in and partner, however often they change their answer.
    await enqueue(tx, {
      kind: "CHECKIN_RESPONSE",
      userId: response.checkIn.authorId,
      periodKey: responsePeriodKey(checkInId),
      dueAt: new Date(now.getTime() + RESPONSE_NOTICE_DELAY_MS),
    });
    await notifyPartner(tx, response.checkIn.authorId, "response");
  });
  return { kind };
}

/**
 * Everything home shows about check-ins, in a constant number of queries
 * whatever the history length: my latest, my partner's latest shared (with my
 * response), and whether they shared one today. (The partner's answers to mine
 * are home's news: lib/home/news.ts.)
 */
export async function getHomeCheckIns(viewer: Viewer, { now = new Date() }: Options = {}) {
  const me = assertViewer(viewer);
  const where = partnerShared(me.couple);
  const [mine, partnerLatest, partnerToday] = await Promise.all([
    db.checkIn.findFirst({
      where: { authorId: me.id },
      orderBy: { createdAt: "desc" },
      select: checkInFields,
    }),
    where
      ? db.checkIn.findFirst({
          where,
          orderBy: { createdAt: "desc" },
          select: { ...checkInFields, responses: { where: { responderId: me.id }, select: { kind: true } } },
        })
      : null,
    where ? db.checkIn.count({ where: { ...where, createdAt: { gte: startOfLocalDay(now, me.couple!.partner.timeZone) } } }) : 0,
  ]);
  return {
    mine,
    partner: partnerLatest ? { ...partnerLatest, myResponse: partnerLatest.responses[0]?.kind ?? null } : null,
    partnerCheckedInToday: partnerToday > 0,
  };
}

/** My visibility choice last time, so the form starts there; shared the first time. */
export async function lastVisibility(viewer: Viewer): Promise<Visibility> {
  const me = assertViewer(viewer);
  const last = await db.checkIn.findFirst({ where: { authorId: me.id }, orderBy: { createdAt: "desc" }, select: { visibility: true } });
  return last?.visibility ?? "SHARED";
}

const HISTORY_PAGE_SIZE = 20;

/** A page of check-ins, newest first: all of mine, or my partner's shared ones. */
export async function listCheckIns(viewer: Viewer, whose: "mine" | "partner", page = 1) {
  const me = assertViewer(viewer);
  const where = whose === "mine" ? { authorId: me.id } : partnerShared(me.couple);
  if (!where) return { items: [], hasMore: false };
  const rows = await db.checkIn.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (Math.max(1, page) - 1) * HISTORY_PAGE_SIZE,
    take: HISTORY_PAGE_SIZE + 1,
    select: { ...checkInFields, responses: { select: { kind: true, responderId: true } } },
  });
  return { items: rows.slice(0, HISTORY_PAGE_SIZE), hasMore: rows.length > HISTORY_PAGE_SIZE };
}

/**
 * Daily averages of the last `days` local days (the viewer's calendar) for me
 * and my partner, from shared check-ins only: a chart is something both can see.
 */
export async function getTrends(
  viewer: Viewer,
  { now = new Date(), days = 30 }: Options & { days?: TrendView } = {},
): Promise<TrendSeries[]> {
  const me = assertViewer(viewer);
  const zone = me.timeZone ?? "UTC";
  const { keys, start } = lastLocalDays(now, zone, days);
  const partner = partnerShared(me.couple);
  const rows = await db.checkIn.findMany({
    where: {
      visibility: "SHARED",
      createdAt: { gte: start, lte: now },
      OR: [{ authorId: me.id }, ...(partner ? [partner] : [])],
    },
    select: { authorId: true, pleasantness: true, energy: true, createdAt: true },
  });
  const series = (authorId: string, name: string): TrendSeries => {
    const byDay = new Map<string, { p: number; e: number; n: number }>();
    for (const row of rows) {
      if (row.authorId !== authorId) continue;
      const key = localDateKey(row.createdAt, zone);
      const day = byDay.get(key) ?? { p: 0, e: 0, n: 0 };
      byDay.set(key, { p: day.p + row.pleasantness, e: day.e + row.energy, n: day.n + 1 });
    }
    return {
      name,
      days: keys.map((date) => {
        const day = byDay.get(date);
        return day
          ? { date, pleasantness: round(day.p / day.n), energy: round(day.e / day.n), count: day.n }
          : { date, pleasantness: null, energy: null, count: 0 };
      }),
    };
  };
  return [series(me.id, me.name ?? "You"), ...(me.couple ? [series(me.couple.partner.id, me.couple.partner.name)] : [])];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
