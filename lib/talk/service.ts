import "server-only";
import { TZDate } from "@date-fns/tz";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TalkPhase } from "@/lib/generated/prisma/enums";
import { enqueue } from "@/lib/notifications/enqueue";
import { notifyPartner, notifyTalkChanged, TALK_CHANNEL } from "@/lib/live/notify";
import { localInstant } from "@/lib/notifications/schedule";
import { enqueueFollowUp } from "./follow-up";
import { FOLLOW_UP_AFTER_MS } from "./follow-up-rules";
import { applyMove, bothHeard, IllegalMove, type ExchangeState, type Move, type Phase } from "./rules";
import type { BREAK_IDS, ClosingInput, StartTalkInput, TurnInput } from "./schema";

type Options = { now?: Date };

/** Someone away is told it's their turn only if they have not moved within this time. */
const TURN_NOTICE_DELAY_MS = 2 * 60_000;
/** "<partner> is writing…" for this long after their last keystroke ping. */
const TYPING_MS = 8_000;

const PHASES: Record<TalkPhase, Phase> = {
  SPEAKING: "speaking",
  REFLECTING: "reflecting",
  CONFIRMING: "confirming",
  CLOSING: "closing",
  CLOSED: "closed",
};
const TO_DB = Object.fromEntries(Object.entries(PHASES).map(([db, phase]) => [phase, db])) as Record<Phase, TalkPhase>;

/** Only the two partners of the current couple ever reach an exchange: every lookup is scoped to it. */
function coupleOf(viewer: NonNullable<Viewer>) {
  if (!viewer.couple) throw new NotFoundError("Link with your partner to talk things through together.");
  return viewer.couple;
}

/** Starts a talk about `topic`; `first` speaks first. The partner is told (by their notification choice). */
export async function startTalk(viewer: Viewer, input: StartTalkInput, { now = new Date() }: Options = {}): Promise<{ id: string }> {
  const me = assertViewer(viewer);
  return db.$transaction((tx) => createTalk(tx, me, input, now));
}

/** startTalk's writes inside the caller's transaction (answering an apology with "Can we talk it through?" records both at once). */
export async function createTalk(
  tx: Prisma.TransactionClient,
  me: NonNullable<Viewer>,
  input: StartTalkInput,
  now: Date,
): Promise<{ id: string }> {
  const couple = coupleOf(me);
  const speakerId = input.first === "me" ? me.id : couple.partner.id;
  const listenerId = speakerId === me.id ? couple.partner.id : me.id;
  const talk = await tx.talkExchange.create({
    data: {
      coupleId: couple.id,
      topic: input.topic,
      startedById: me.id,
      speakerId,
      listenerId,
      phase: "SPEAKING",
      createdAt: now,
      updatedAt: now,
    },
    select: { id: true },
  });
  await enqueue(tx, { kind: "TALK_STARTED", userId: couple.partner.id, periodKey: `talk:${talk.id}`, dueAt: now, context: talk.id });
  await notifyPartner(tx, couple.partner.id, "talk");
  return talk;
}

const TALK_SELECT = {
  id: true,
  coupleId: true,
  topic: true,
  startedById: true,
  speakerId: true,
  listenerId: true,
  phase: true,
  heard: true,
  closedBy: true,
  version: true,
  pausedUntil: true,
  pausedById: true,
  pauseMessage: true,
  typingId: true,
  typingAt: true,
  createdAt: true,
  closedAt: true,
} as const;

async function findTalk(client: Prisma.TransactionClient | typeof db, viewer: NonNullable<Viewer>, talkId: string, lock = false) {
  const couple = coupleOf(viewer);
  if (lock) await client.$queryRaw`SELECT "id" FROM "TalkExchange" WHERE "id" = ${talkId} AND "coupleId" = ${couple.id} FOR UPDATE`;
  const talk = await client.talkExchange.findFirst({ where: { id: talkId, coupleId: couple.id }, select: TALK_SELECT });
  if (!talk) throw new NotFoundError("We couldn't find that talk.");
  return talk;
}

function stateOf(talk: Awaited<ReturnType<typeof findTalk>>): ExchangeState {
  return {
    phase: PHASES[talk.phase],
    speakerId: talk.speakerId,
    listenerId: talk.listenerId,
    heard: talk.heard,
    closedBy: talk.closedBy,
    pausedUntil: talk.pausedUntil,
    version: talk.version,
  };
}

/**
 * One move in a talk: the rules decide (rules.ts), the exchange row is locked
 * so two moves at once queue up, and the version the move was made on must
 * still be the latest (else the writer keeps their words and reads first).
 */
export async function takeTurn(
  viewer: Viewer,
  talkId: string,
  input: TurnInput,
  { now = new Date() }: Options = {},
): Promise<{ version: number }> {
  const me = assertViewer(viewer);
  const partnerId = coupleOf(me).partner.id;
  return db.$transaction(async (tx) => {
    const talk = await findTalk(tx, me, talkId, true);
    const move = moveOf(input, now, me.timeZone ?? "UTC");
    let next: ExchangeState;
    try {
      next = applyMove(stateOf(talk), me.id, move, input.version, now);
    } catch (error) {
      if (error instanceof IllegalMove) throw new AppError(error.message, "conflict");
      throw error;
    }
    await tx.talkExchange.update({
      where: { id: talk.id },
      data: {
        phase: TO_DB[next.phase],
        speakerId: next.speakerId,
        listenerId: next.listenerId,
        heard: next.heard,
        closedBy: next.closedBy,
        version: next.version,
        pausedUntil: next.pausedUntil,
        ...(move.type === "pause" ? { pausedById: me.id, pauseMessage: input.kind === "pause" ? input.message : null } : {}),
        ...(move.type === "resume" || (talk.pausedUntil && !next.pausedUntil) ? { pausedById: null, pauseMessage: null } : {}),
        typingId: talk.typingId === me.id ? null : talk.typingId,
        updatedAt: now,
      },
    });
    await notifyTalkChanged(tx, talk.id, next.version);
    // The partner's badges (whose move it is) elsewhere in the app.
    await notifyPartner(tx, coupleOf(me).partner.id, "talk");
    if (input.kind !== "close") {
      await tx.talkTurn.create({
        data: {
          exchangeId: talk.id,
          authorId: me.id,
          kind: TURN_KINDS[input.kind],
          body: input.kind === "pause" ? input.message : "body" in input ? input.body : null,
          validation: input.kind === "reflect" ? (input.validation ?? null) : null,
          createdAt: now,
        },
      });
    }
    // The one whose turn it now is, if not me: told if they have not moved within a couple of minutes.
    const whoseTurn = next.phase === "reflecting" ? next.listenerId : next.phase === "closing" ? null : next.speakerId;
    if (whoseTurn === partnerId && !next.pausedUntil) {
      await enqueue(tx, {
        kind: "TALK_TURN",
        userId: partnerId,
        periodKey: `talk:${talk.id}:v${next.version}`,
        dueAt: new Date(now.getTime() + TURN_NOTICE_DELAY_MS),
        context: JSON.stringify({ talkId: talk.id, version: next.version }),
      });
    }
    if (move.type === "pause") {
      for (const userId of [me.id, partnerId]) {
        await enqueue(tx, {
          kind: "TALK_RESUME",
          userId,
          periodKey: `talk:${talk.id}:resume:v${next.version}`,
          dueAt: move.until,
          context: JSON.stringify({ talkId: talk.id, until: move.until.toISOString() }),
        });
      }
    }
    return { version: next.version };
  });
}

const TURN_KINDS = {
  share: "SHARE",
  reflect: "REFLECT",
  confirm: "CONFIRM",
  notQuite: "NOT_QUITE",
  pause: "PAUSE",
  resume: "RESUME",
} as const;

function moveOf(input: TurnInput, now: Date, timeZone: string): Move {
  switch (input.kind) {
    case "share":
      return { type: "share", body: input.body };
    case "reflect":
      return { type: "reflect", body: input.body };
    case "confirm":
      return { type: "confirm" };
    case "notQuite":
      return { type: "notQuite", missed: input.body };
    case "pause":
      return { type: "pause", until: breakEnds(input.breakId, input.at, now, timeZone) };
    case "resume":
      return { type: "resume" };
    case "close":
      return { type: "close" };
  }
}

/** When a break ends: in 20 minutes or an hour, tomorrow at 09:00, or at a chosen time (today, or tomorrow if it has passed), in the person's zone. */
export function breakEnds(breakId: (typeof BREAK_IDS)[number], at: string | undefined, now: Date, timeZone: string): Date {
  if (breakId === "20m") return new Date(now.getTime() + 20 * 60_000);
  if (breakId === "1h") return new Date(now.getTime() + 60 * 60_000);
  const [hour, minute] = breakId === "at" && at ? at.split(":").map(Number) : [9, 0];
  const local = new TZDate(now.getTime(), timeZone);
  for (const dayOffset of breakId === "tomorrow" ? [1] : [0, 1]) {
    const day = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + dayOffset, 12, 0, timeZone);
    const instant = new Date(localInstant(day.getFullYear(), day.getMonth(), day.getDate(), hour!, timeZone).getTime() + minute! * 60_000);
    if (instant > now) return instant;
  }
  throw new AppError("Choose a time in the future to come back.", "invalid", "at");
}

/** Each partner's closing note: what they appreciated in how the other listened, and optionally an agreement and an apology. */
export async function closeTalk(viewer: Viewer, talkId: string, input: ClosingInput, { now = new Date() }: Options = {}): Promise<void> {
  const me = assertViewer(viewer);
  const couple = coupleOf(me);
  await db.$transaction(async (tx) => {
    const talk = await findTalk(tx, me, talkId, true);
    let next: ExchangeState;
    try {
      next = applyMove(stateOf(talk), me.id, { type: "closingNote" }, input.version, now);
    } catch (error) {
      if (error instanceof IllegalMove) throw new AppError(error.message, "conflict");
      throw error;
    }
    await tx.talkClosing.create({
      data: { exchangeId: talk.id, authorId: me.id, appreciation: input.appreciation, apology: input.apology ?? null, createdAt: now },
    });
    if (input.agreement) {
      // A week later both are asked, each privately, whether they kept it.
      const followUpAt = new Date(now.getTime() + FOLLOW_UP_AFTER_MS);
      const agreement = await tx.agreement.create({
        data: { coupleId: couple.id, exchangeId: talk.id, authorId: me.id, text: input.agreement, createdAt: now, followUpAt },
        select: { id: true },
      });
      await enqueueFollowUp(tx, agreement.id, [me.id, couple.partner.id], followUpAt);
    }
    await tx.talkExchange.update({
      where: { id: talk.id },
      data: {
        phase: TO_DB[next.phase],
        closedBy: next.closedBy,
        version: next.version,
        closedAt: next.phase === "closed" ? now : null,
        updatedAt: now,
      },
    });
    await notifyTalkChanged(tx, talk.id, next.version);
    // The partner's badges (whose move it is) elsewhere in the app.
    await notifyPartner(tx, coupleOf(me).partner.id, "talk");
  });
}

/** A talk as one of the two partners sees it: every turn, whose move it is, the break, and whether the other is writing. */
export async function getTalk(viewer: Viewer, talkId: string, { now = new Date() }: Options = {}) {
  const me = assertViewer(viewer);
  const talk = await findTalk(db, me, talkId);
  const [turns, closings] = await Promise.all([
    db.talkTurn.findMany({
      where: { exchangeId: talk.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, authorId: true, kind: true, body: true, validation: true, createdAt: true },
    }),
    db.talkClosing.findMany({
      where: { exchangeId: talk.id },
      select: { authorId: true, appreciation: true, apology: true, createdAt: true },
    }),
  ]);
  const state = stateOf(talk);
  const paused = talk.pausedUntil !== null && talk.pausedUntil > now;
  return {
    ...talk,
    phase: state.phase,
    paused,
    bothHeard: bothHeard(state),
    partnerWriting:
      talk.typingId !== null && talk.typingId !== me.id && talk.typingAt !== null && now.getTime() - talk.typingAt.getTime() < TYPING_MS,
    turns,
    closings,
  };
}

/**
 * What the live page polls every few seconds: one small query for the
 * version, whether the partner is writing, and whether the next move is the
 * viewer's.
 */
export async function talkPulse(viewer: Viewer, talkId: string, { now = new Date() }: Options = {}) {
  const me = assertViewer(viewer);
  const couple = coupleOf(me);
  const talk = await db.talkExchange.findFirst({
    where: { id: talkId, coupleId: couple.id },
    select: {
      version: true,
      typingId: true,
      typingAt: true,
      phase: true,
      speakerId: true,
      listenerId: true,
      closedBy: true,
      pausedUntil: true,
    },
  });
  if (!talk) throw new NotFoundError("We couldn't find that talk.");
  const phase = PHASES[talk.phase];
  const paused = talk.pausedUntil !== null && talk.pausedUntil > now;
  const mover =
    phase === "reflecting"
      ? talk.listenerId
      : phase === "closing"
        ? talk.closedBy.includes(me.id)
          ? null
          : me.id
        : phase === "closed"
          ? null
          : talk.speakerId;
  return {
    version: talk.version,
    phase,
    yourMove: !paused && mover === me.id,
    partnerWriting: talk.typingId === couple.partner.id && talk.typingAt !== null && now.getTime() - talk.typingAt.getTime() < TYPING_MS,
  };
}

/** "I'm writing": sent while typing, at most every few seconds. */
export async function markWriting(viewer: Viewer, talkId: string, { now = new Date() }: Options = {}): Promise<void> {
  const me = assertViewer(viewer);
  const couple = coupleOf(me);
  // One statement: the mark and the partner's live signal together.
  const marked = await db.$queryRaw<unknown[]>`
    WITH marked AS (
      UPDATE "TalkExchange" SET "typingId" = ${me.id}, "typingAt" = ${now}
      WHERE id = ${talkId} AND "coupleId" = ${couple.id}
      RETURNING id, version
    )
    SELECT id, pg_notify(${TALK_CHANNEL}, json_build_object('id', id, 'version', version)::text)::text AS signal FROM marked`;
  if (marked.length === 0) throw new NotFoundError("We couldn't find that talk.");
}

/** The couple's talks, newest first; open ones first. */
export async function listTalks(viewer: Viewer) {
  const me = assertViewer(viewer);
  if (!me.couple) return [];
  return db.talkExchange.findMany({
    where: { coupleId: me.couple.id },
    orderBy: [{ closedAt: { sort: "desc", nulls: "first" } }, { updatedAt: "desc" }],
    take: 50,
    // What the list shows: the topic, linking to the talk, and when it started or closed.
    select: { id: true, topic: true, createdAt: true, closedAt: true },
  });
}

/** Deletes a talk for both (its turns and closing notes; agreements made in it stay on the couple's list). */
export async function deleteTalk(viewer: Viewer, talkId: string): Promise<void> {
  const me = assertViewer(viewer);
  const couple = coupleOf(me);
  const deleted = await db.$transaction(async (tx) => {
    const { count } = await tx.talkExchange.deleteMany({ where: { id: talkId, coupleId: couple.id } });
    if (count > 0) {
      await notifyTalkChanged(tx, talkId, -1);
      await notifyPartner(tx, couple.partner.id, "talk");
    }
    return count;
  });
  if (deleted === 0) throw new NotFoundError("We couldn't find that talk.");
}

export async function listAgreements(viewer: Viewer) {
  const me = assertViewer(viewer);
  if (!me.couple) return [];
  return db.agreement.findMany({
    where: { coupleId: me.couple.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, text: true, status: true, createdAt: true, authorId: true },
  });
}

export async function setAgreementStatus(
  viewer: Viewer,
  agreementId: string,
  status: "ACTIVE" | "KEPT" | "RETIRED",
  { now = new Date() }: Options = {},
) {
  const me = assertViewer(viewer);
  const couple = coupleOf(me);
  const { count } = await db.agreement.updateMany({ where: { id: agreementId, coupleId: couple.id }, data: { status, updatedAt: now } });
  if (count === 0) throw new NotFoundError("We couldn't find that agreement.");
}

/** Home's and the navigation's badge: talks where it is the viewer's move. */
export async function talksWaitingOnMe(viewer: Viewer, { now = new Date() }: Options = {}): Promise<number> {
  const me = assertViewer(viewer);
  if (!me.couple) return 0;
  return db.talkExchange.count({
    where: {
      coupleId: me.couple.id,
      closedAt: null,
      OR: [{ pausedUntil: null }, { pausedUntil: { lte: now } }],
      AND: [
        {
          OR: [
            { phase: { in: ["SPEAKING", "CONFIRMING"] }, speakerId: me.id },
            { phase: "REFLECTING", listenerId: me.id },
            { phase: "CLOSING", NOT: { closedBy: { has: me.id } } },
          ],
        },
      ],
    },
  });
}
