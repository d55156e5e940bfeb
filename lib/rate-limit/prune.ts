import "server-only";
import { pruneRateLimits } from "./counter";
import { LONGEST_WINDOW_SECONDS } from "./limits";

/** The scheduled clean-up: every counter whose window ended before the longest rule's window began. */
export function pruneOldRateLimits(now: Date): Promise<number> {
  return pruneRateLimits(new Date(now.getTime() - 2 * LONGEST_WINDOW_SECONDS * 1000));
}
