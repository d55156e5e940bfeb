import { localDateKey } from "@/lib/time/days";

/** Taps within this long after the first are one message (the message waits for them). */
export const BID_GATHER_MS = 2 * 60 * 1000;
/** After a message about bids, the next one waits at least this long (what comes meanwhile is on home). */
export const BID_MESSAGE_GAP_MS = 60 * 60 * 1000;
/** At most this many messages about bids a person's day (in their zone). */
const BID_MESSAGES_PER_DAY = 3;

/**
 * Whether a bid (or an answer to one, or a repair phrase: `topic`) is told
 * by a push or email, given the messages of that topic the person already
 * has (`earlier`: each message's periodKey and when it is or was due). A burst of taps is one message, due
 * a moment after the first; then none for an hour; never more than three a
 * day. Null: home shows it, no message.
 */
export function planBurstMessage(
  topic: "bids" | "repairs",
  earlier: readonly { periodKey: string; dueAt: Date }[],
  now: Date,
  timeZone: string,
): { periodKey: string; dueAt: Date } | null {
  if (earlier.some((m) => m.dueAt.getTime() > now.getTime() - BID_MESSAGE_GAP_MS)) return null;
  const day = localDateKey(now, timeZone);
  const today = new Set(earlier.filter((m) => m.periodKey.startsWith(`${topic}:${day}:`)).map((m) => m.periodKey));
  if (today.size >= BID_MESSAGES_PER_DAY) return null;
  return { periodKey: `${topic}:${day}:${today.size + 1}`, dueAt: new Date(now.getTime() + BID_GATHER_MS) };
}
