/** "Did we keep it?": the follow-up of an agreement, kept free of the server (the page's words come from here). */

/** How long after an agreement is made (or adjusted) both are asked. */
export const FOLLOW_UP_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export const KEPT_ANSWERS = { YES: "Yes, we kept it", PARTLY: "Partly", NOT_YET: "Not yet" } as const;
export type KeptAnswerKind = keyof typeof KEPT_ANSWERS;

/**
 * What a person may see of a follow-up, like today's question: their own
 * answer always, the partner's only once both have answered (before that,
 * only that they have).
 */
export function revealChecks(
  checks: readonly { userId: string; answer: KeptAnswerKind }[],
  me: string,
  partner: string,
): { mine: KeptAnswerKind | null; theirs: KeptAnswerKind | null; partnerAnswered: boolean; revealed: boolean } {
  const mine = checks.find((c) => c.userId === me)?.answer ?? null;
  const theirs = checks.find((c) => c.userId === partner)?.answer ?? null;
  const revealed = mine !== null && theirs !== null;
  return { mine, theirs: revealed ? theirs : null, partnerAnswered: theirs !== null, revealed };
}

/** The period key of an agreement's follow-up message: one per round (a new one after each adjustment). */
export const followUpKey = (agreementId: string, followUpAt: Date) => `agreement:${agreementId}:${followUpAt.toISOString()}`;
