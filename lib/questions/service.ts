import "server-only";
import { notifyPartner, writeAndTell } from "@/lib/live/notify";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/notifications/enqueue";
import { localDateKey } from "@/lib/time/days";
import { questionBank, questionById } from "./bank";
import { chooseQuestion, pickQuestion } from "./choose";
import type { AnswerInput, Question } from "./schema";

type Options = { now?: Date };

/**
 * Whose questions these are: the couple's ("couple:<id>", on the couple's
 * calendar, like the practice of the week), or, for someone not linked, their
 * own journal ("user:<id>").
 */
function scopeOf(viewer: NonNullable<Viewer>) {
  return viewer.couple
    ? {
        scopeKey: `couple:${viewer.couple.id}`,
        timeZone: viewer.couple.timeZone,
        partner: viewer.couple.partner,
        coupleId: viewer.couple.id,
      }
    : { scopeKey: `user:${viewer.id}`, timeZone: viewer.timeZone ?? "UTC", partner: null, coupleId: null };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const dayNumber = (key: string) => Math.round(Date.parse(`${key}T12:00:00Z`) / DAY_MS);

const ANSWER_FIELDS = { id: true, authorId: true, coupleId: true, body: true, seenAt: true, heartedAt: true, createdAt: true } as const;
type AnswerRow = Prisma.QuestionAnswerGetPayload<{ select: typeof ANSWER_FIELDS }>;

/** The day's row for the scope, made (once, whoever asks first) when it does not exist yet. */
async function todaysRow(scope: ReturnType<typeof scopeOf>, viewer: NonNullable<Viewer>, now: Date) {
  const day = localDateKey(now, scope.timeZone);
  const where = { scopeKey_day: { scopeKey: scope.scopeKey, day } };
  const include = { answers: { select: ANSWER_FIELDS } } as const;
  const existing = await db.dailyQuestion.findUnique({ where, include });
  if (existing) return existing;
  const [history, start] = await Promise.all([
    db.dailyQuestion.findMany({ where: { scopeKey: scope.scopeKey }, orderBy: { day: "asc" }, select: { questionId: true } }),
    scope.coupleId
      ? db.couple.findUniqueOrThrow({ where: { id: scope.coupleId }, select: { createdAt: true } })
      : db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { createdAt: true } }),
  ]);
  const question = chooseQuestion(
    questionBank(),
    { scopeKey: scope.scopeKey, had: history.map((h) => h.questionId) },
    {
      daysSinceStart: dayNumber(day) - dayNumber(localDateKey(start.createdAt, scope.timeZone)),
      weekday: new Date(`${day}T12:00:00Z`).getUTCDay(),
    },
  );
  // Both partners may open home at the same moment: the unique (scope, day) keeps one.
  await db.dailyQuestion.createMany({ data: [{ scopeKey: scope.scopeKey, day, questionId: question.id }], skipDuplicates: true });
  return db.dailyQuestion.findUniqueOrThrow({ where, include });
}

export type TodaysQuestion = {
  id: string;
  day: string;
  question: Question;
  canSwap: boolean;
  mine: { id: string; body: string; editable: boolean; hearted: boolean } | null;
  /** Null for someone not linked. The answer itself only once the viewer has answered. */
  partner: { name: string; answered: boolean; answer: { id: string; body: string; hearted: boolean } | null } | null;
};

/**
 * Today's question and its answers as the viewer may see them: their own, and
 * their partner's only once they have answered too (before that, only that
 * the partner answered). Reading the partner's answer marks it seen, which
 * ends its editing.
 */
export async function getTodaysQuestion(viewer: Viewer, { now = new Date() }: Options = {}): Promise<TodaysQuestion> {
  const me = assertViewer(viewer);
  const scope = scopeOf(me);
  const row = await todaysRow(scope, me, now);
  const view = viewOf(row, me.id, scope);
  const theirs = scope.partner ? partnerAnswerOf(row.answers, scope) : undefined;
  if (view.mine && theirs && !theirs.seenAt)
    await db.questionAnswer.updateMany({ where: { id: theirs.id, seenAt: null }, data: { seenAt: now } });
  return view;
}

function partnerAnswerOf(answers: AnswerRow[], scope: ReturnType<typeof scopeOf>): AnswerRow | undefined {
  return answers.find((a) => a.authorId === scope.partner?.id && a.coupleId === scope.coupleId);
}

function viewOf(
  row: { id: string; day: string; questionId: string; swappedById: string | null; answers: AnswerRow[] },
  viewerId: string,
  scope: ReturnType<typeof scopeOf>,
): TodaysQuestion {
  const mine = row.answers.find((a) => a.authorId === viewerId);
  const theirs = partnerAnswerOf(row.answers, scope);
  return {
    id: row.id,
    day: row.day,
    question: questionById(row.questionId) ?? {
      id: row.questionId,
      theme: "daily-life",
      depth: "light",
      text: "What was the best part of your day?",
    },
    canSwap: row.answers.length === 0 && !row.swappedById,
    mine: mine ? { id: mine.id, body: mine.body, editable: !mine.seenAt, hearted: Boolean(mine.heartedAt) } : null,
    partner: scope.partner
      ? {
          name: scope.partner.name,
          answered: Boolean(theirs),
          answer: mine && theirs ? { id: theirs.id, body: theirs.body, hearted: Boolean(theirs.heartedAt) } : null,
        }
      : null,
  };
}

/** Locks the scope's question row (answers and swaps of one day queue up behind each other). */
async function lockRow(tx: Prisma.TransactionClient, id: string, scopeKey: string) {
  const [row] = await tx.$queryRaw<{ id: string; day: string; questionId: string; swappedById: string | null }[]>`
    SELECT "id", "day", "questionId", "swappedById" FROM "DailyQuestion" WHERE "id" = ${id} AND "scopeKey" = ${scopeKey} FOR UPDATE`;
  return row ?? null;
}

/**
 * Answers (or, until the partner has read it, rewrites the answer to) today's
 * question, or yesterday's within the day after: a question opened just
 * before midnight can still be answered. The partner is told once a day, when
 * they have not answered yet.
 */
export async function answerQuestion(viewer: Viewer, input: AnswerInput, { now = new Date() }: Options = {}): Promise<void> {
  const me = assertViewer(viewer);
  const scope = scopeOf(me);
  await db.$transaction(async (tx) => {
    const row = await lockRow(tx, input.dailyQuestionId, scope.scopeKey);
    if (!row) throw new NotFoundError("We couldn't find that question.");
    if (dayNumber(localDateKey(now, scope.timeZone)) - dayNumber(row.day) > 1)
      throw new AppError("That day's question has closed.", "conflict");
    const answers = await tx.questionAnswer.findMany({
      where: { dailyQuestionId: row.id },
      select: { authorId: true, coupleId: true, seenAt: true },
    });
    const mine = answers.find((a) => a.authorId === me.id);
    if (mine?.seenAt) {
      throw new AppError(`${scope.partner?.name ?? "Your partner"} has read your answer, so it stays as it is.`, "conflict", "body");
    }
    await tx.questionAnswer.upsert({
      where: { dailyQuestionId_authorId: { dailyQuestionId: row.id, authorId: me.id } },
      create: { dailyQuestionId: row.id, authorId: me.id, coupleId: scope.coupleId, body: input.body, createdAt: now, updatedAt: now },
      update: { body: input.body, updatedAt: now },
    });
    const partnerAnswered = answers.some((a) => a.authorId === scope.partner?.id && a.coupleId === scope.coupleId);
    if (scope.partner && !mine && !partnerAnswered) {
      await enqueue(tx, {
        kind: "QUESTION_ANSWERED",
        userId: scope.partner.id,
        periodKey: `question:${row.day}`,
        dueAt: new Date(now.getTime() + 60_000),
        context: row.id,
      });
    }
    if (scope.partner) await notifyPartner(tx, scope.partner.id, "question");
  });
}

/** Either partner may swap today's question once, before anyone has answered it; both then see the new one. */
export async function swapQuestion(viewer: Viewer, dailyQuestionId: string, { now = new Date() }: Options = {}): Promise<void> {
  const me = assertViewer(viewer);
  const scope = scopeOf(me);
  await db.$transaction(async (tx) => {
    const row = await lockRow(tx, dailyQuestionId, scope.scopeKey);
    if (!row || row.day !== localDateKey(now, scope.timeZone)) throw new NotFoundError("We couldn't find today's question.");
    if (row.swappedById) throw new AppError("Today's question was swapped already: one swap a day.", "conflict");
    if ((await tx.questionAnswer.count({ where: { dailyQuestionId: row.id } })) > 0) {
      throw new AppError("Today's question has an answer already, so it stays.", "conflict");
    }
    const history = await tx.dailyQuestion.findMany({
      where: { scopeKey: scope.scopeKey, day: { lt: row.day } },
      orderBy: { day: "asc" },
      select: { questionId: true },
    });
    // Another of the same depth, not yet had this round.
    const next = pickQuestion(
      questionBank(),
      { scopeKey: scope.scopeKey, had: history.map((h) => h.questionId) },
      questionById(row.questionId)?.depth ?? "light",
      row.questionId,
    );
    await tx.dailyQuestion.update({ where: { id: row.id }, data: { questionId: next.id, swappedById: me.id } });
    if (scope.partner) await notifyPartner(tx, scope.partner.id, "question");
  });
}

/** A heart on the partner's answer, once the viewer has answered the same question. */
export async function heartAnswer(viewer: Viewer, answerId: string, hearted: boolean, { now = new Date() }: Options = {}): Promise<void> {
  const me = assertViewer(viewer);
  const couple = me.couple;
  const { count } = couple
    ? await writeAndTell(couple.partner.id, "question", (tx) =>
        tx.questionAnswer.updateMany({
          where: {
            id: answerId,
            authorId: couple.partner.id,
            coupleId: couple.id,
            dailyQuestion: { answers: { some: { authorId: me.id } } },
          },
          data: { heartedAt: hearted ? now : null },
        }),
      )
    : { count: 0 };
  if (count === 0) throw new NotFoundError("We couldn't find that answer.");
}

/** The question of a partner's answer the viewer can read, for "Tell me more" (a note that quotes it). */
export async function questionOfAnswer(viewer: Viewer, answerId: string): Promise<string> {
  const me = assertViewer(viewer);
  const couple = me.couple;
  const answer = couple
    ? await db.questionAnswer.findFirst({
        where: {
          id: answerId,
          authorId: couple.partner.id,
          coupleId: couple.id,
          dailyQuestion: { answers: { some: { authorId: me.id } } },
        },
        select: { dailyQuestion: { select: { questionId: true } } },
      })
    : null;
  const question = answer ? questionById(answer.dailyQuestion.questionId) : undefined;
  if (!question) throw new NotFoundError("We couldn't find that answer.");
  return question.text;
}

const PAGE_SIZE = 20;

type ArchiveDay = { id: string; day: string; question: string; mine: string; partner: string | null };

/**
 * "Our answers": every question the viewer answered in their current couple
 * (or their journal), newest first, with the partner's answer beside theirs;
 * `q` searches the questions and both answers the viewer may read.
 */
export async function listAnswers(viewer: Viewer, { q, page = 1 }: { q?: string; page?: number } = {}) {
  const me = assertViewer(viewer);
  const scope = scopeOf(me);
  const visible: Prisma.QuestionAnswerWhereInput = {
    OR: [{ authorId: me.id }, ...(scope.partner ? [{ authorId: scope.partner.id, coupleId: scope.coupleId }] : [])],
  };
  const text = q?.trim();
  const matchingQuestions = text ? questionBank().filter((question) => question.text.toLowerCase().includes(text.toLowerCase())) : [];
  const rows = await db.dailyQuestion.findMany({
    where: {
      scopeKey: scope.scopeKey,
      answers: { some: { authorId: me.id } },
      ...(text
        ? {
            OR: [
              { questionId: { in: matchingQuestions.map((question) => question.id) } },
              { answers: { some: { AND: [visible, { body: { contains: text, mode: "insensitive" } }] } } },
            ],
          }
        : {}),
    },
    orderBy: { day: "desc" },
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE + 1,
    select: { id: true, day: true, questionId: true, answers: { where: visible, select: { authorId: true, body: true } } },
  });
  const days: ArchiveDay[] = rows.slice(0, PAGE_SIZE).map((row) => ({
    id: row.id,
    day: row.day,
    question: questionById(row.questionId)?.text ?? "",
    mine: row.answers.find((a) => a.authorId === me.id)?.body ?? "",
    partner: row.answers.find((a) => a.authorId !== me.id)?.body ?? null,
  }));
  return { days, hasMore: rows.length > PAGE_SIZE, page };
}

/** Home's badge: the partner answered today's question and the viewer has not. */
export async function partnerWaitingOnQuestion(viewer: Viewer, { now = new Date() }: Options = {}): Promise<boolean> {
  const me = assertViewer(viewer);
  if (!me.couple) return false;
  const scope = scopeOf(me);
  // One statement (the day's question as a filter, not a nested read): it runs in the layout of every page.
  const answers = await db.questionAnswer.findMany({
    where: { dailyQuestion: { scopeKey: scope.scopeKey, day: localDateKey(now, scope.timeZone) } },
    select: { authorId: true, coupleId: true },
  });
  return (
    answers.some((a) => a.authorId === me.couple!.partner.id && a.coupleId === me.couple!.id) && !answers.some((a) => a.authorId === me.id)
  );
}
