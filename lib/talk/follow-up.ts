import "server-only";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError, NotFoundError } from "@/lib/errors";
import type { KeptAnswer } from "@/lib/generated/prisma/enums";
import { notifyPartner } from "@/lib/live/notify";
import { enqueue } from "@/lib/notifications/enqueue";
import type { DbClient } from "@/lib/notifications/types";
import { FOLLOW_UP_AFTER_MS, followUpKey, revealChecks } from "./follow-up-rules";

type Options = { now?: Date };

const NOT_FOUND = "We couldn't find that agreement.";

/** Records the "Did we keep it?" message to each of the two, due when the follow-up is. */
export async function enqueueFollowUp(tx: DbClient, agreementId: string, people: string[], followUpAt: Date): Promise<void> {
  for (const userId of people) {
    await enqueue(tx, {
      kind: "AGREEMENT_CHECK",
      userId,
      periodKey: followUpKey(agreementId, followUpAt),
      dueAt: followUpAt,
      context: agreementId,
    });
  }
}

export type FollowUp = { id: string; text: string; createdAt: Date } & ReturnType<typeof revealChecks>;

/** The couple's agreements whose follow-up is due now: each with what the viewer may see of the answers. */
export async function dueFollowUps(viewer: Viewer, { now = new Date() }: Options = {}): Promise<FollowUp[]> {
  const me = assertViewer(viewer);
  if (!me.couple) return [];
  const partnerId = me.couple.partner.id;
  const rows = await db.agreement.findMany({
    where: { coupleId: me.couple.id, status: "ACTIVE", followUpAt: { lte: now } },
    orderBy: { followUpAt: "asc" },
    take: 5,
    select: { id: true, text: true, createdAt: true, checks: { select: { userId: true, answer: true } } },
  });
  return rows.map(({ checks, ...agreement }) => ({ ...agreement, ...revealChecks(checks, me.id, partnerId) }));
}

/** The current couple's agreement with a follow-up due, or not found. */
async function dueAgreement(me: NonNullable<Viewer>, agreementId: string, now: Date) {
  if (!me.couple) throw new NotFoundError(NOT_FOUND);
  const agreement = await db.agreement.findFirst({
    where: { id: agreementId, coupleId: me.couple.id, status: "ACTIVE", followUpAt: { lte: now } },
    select: { id: true, checks: { select: { userId: true, answer: true } } },
  });
  if (!agreement) throw new NotFoundError(NOT_FOUND);
  return { agreement, couple: me.couple, seen: revealChecks(agreement.checks, me.id, me.couple.partner.id) };
}

/** The viewer's private answer to "Did we keep it?"; changeable until both have answered. */
export async function answerFollowUp(viewer: Viewer, agreementId: string, answer: KeptAnswer, { now = new Date() }: Options = {}) {
  const me = assertViewer(viewer);
  const { couple, seen } = await dueAgreement(me, agreementId, now);
  if (seen.revealed) throw new AppError("You've both answered already.", "conflict");
  await db.$transaction(async (tx) => {
    await tx.agreementCheck.upsert({
      where: { agreementId_userId: { agreementId, userId: me.id } },
      create: { agreementId, userId: me.id, answer, createdAt: now },
      update: { answer, createdAt: now },
    });
    await notifyPartner(tx, couple.partner.id, "talk");
  });
}

/**
 * What they make of it once both have answered: keep it going (no more
 * asking), retire it, or adjust its words (asked again a week later).
 */
export async function settleFollowUp(
  viewer: Viewer,
  agreementId: string,
  decision: { kind: "keep" } | { kind: "retire" } | { kind: "adjust"; text: string },
  { now = new Date() }: Options = {},
) {
  const me = assertViewer(viewer);
  const { couple, seen } = await dueAgreement(me, agreementId, now);
  if (!seen.revealed) throw new AppError("Once you've both answered, you can decide together.", "conflict");
  await db.$transaction(async (tx) => {
    if (decision.kind === "adjust") {
      const followUpAt = new Date(now.getTime() + FOLLOW_UP_AFTER_MS);
      await tx.agreement.update({ where: { id: agreementId }, data: { text: decision.text, followUpAt, updatedAt: now } });
      await tx.agreementCheck.deleteMany({ where: { agreementId } });
      await enqueueFollowUp(tx, agreementId, [me.id, couple.partner.id], followUpAt);
    } else {
      await tx.agreement.update({
        where: { id: agreementId },
        data: { followUpAt: null, status: decision.kind === "retire" ? "RETIRED" : "ACTIVE", updatedAt: now },
      });
    }
    await notifyPartner(tx, couple.partner.id, "talk");
  });
}
