import { createHash } from "node:crypto";
import type { Depth, Question } from "./schema";

/**
 * Which question a couple gets on a day: a pure function of the couple, the
 * day and what they have had, so every request, both partners and the tests
 * agree.
 *
 * - The bank is shuffled once per couple (a hash of the couple and each id),
 *   so two couples do not walk it in the same order.
 * - Nothing repeats until the whole bank has been used; then a new round
 *   starts, in the same order.
 * - The first two weeks are light; after that each week mixes depths by
 *   weekday (three light, two medium, two deep), taking the nearest depth
 *   when the wanted one has run out for this round.
 */
const WEEK_PATTERN: Depth[] = ["deep", "light", "medium", "light", "deep", "light", "medium"]; // Sunday first
const GENTLE_START_DAYS = 14;

export type QuestionHistory = {
  /** Who the questions are for ("couple:<id>" or "user:<id>"). */
  scopeKey: string;
  /** Question ids they have had, oldest first (every day so far). */
  had: string[];
};

function shuffledBank(bank: Question[], scopeKey: string): Question[] {
  const rank = (q: Question) => createHash("sha256").update(`${scopeKey}:${q.id}`).digest("hex");
  return bank
    .map((q) => ({ q, r: rank(q) }))
    .sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0))
    .map(({ q }) => q);
}

/** The depth a day asks for: light in the first two weeks, then the weekly mix. weekday: 0 = Sunday. */
export function wantedDepth(daysSinceStart: number, weekday: number): Depth {
  return daysSinceStart < GENTLE_START_DAYS ? "light" : WEEK_PATTERN[weekday]!;
}

const NEAREST: Record<Depth, Depth[]> = {
  light: ["light", "medium", "deep"],
  medium: ["medium", "light", "deep"],
  deep: ["deep", "medium", "light"],
};

/** The question for a day. `exclude`: the one being swapped away. */
export function chooseQuestion(
  bank: Question[],
  history: QuestionHistory,
  day: { daysSinceStart: number; weekday: number },
  exclude?: string,
): Question {
  return pickQuestion(bank, history, wantedDepth(day.daysSinceStart, day.weekday), exclude);
}

/** The couple's next question not yet had this round, of `depth` or the nearest depth left. */
export function pickQuestion(bank: Question[], history: QuestionHistory, depth: Depth, exclude?: string): Question {
  const order = shuffledBank(bank, history.scopeKey);
  // Only this round's questions count as used: once all have been had, the bank starts again.
  const inRound = history.had.slice(history.had.length - (history.had.length % bank.length));
  const used = new Set(inRound);
  let open = order.filter((q) => !used.has(q.id) && q.id !== exclude);
  if (open.length === 0) open = order.filter((q) => q.id !== exclude);
  for (const nearest of NEAREST[depth]) {
    const found = open.find((q) => q.depth === nearest);
    if (found) return found;
  }
  return open[0] ?? order[0]!;
}
