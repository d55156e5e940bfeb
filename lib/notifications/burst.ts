import "server-only";
import { BID_MESSAGE_GAP_MS, planBurstMessage } from "@/lib/bids/messages";
import { enqueue } from "./enqueue";
import type { DbClient } from "./types";

const DAY_MS = 24 * 60 * 60 * 1000;
const TOPIC = { BID: "bids", REPAIR: "repairs" } as const;

/**
 * Records the push or email that tells `person` of a bid, an answer to one
 * or a repair phrase, when planBurstMessage allows one (a burst is one
 * message, at most three a day); otherwise home alone shows it.
 */
export async function enqueueBurstMessage(tx: DbClient, kind: keyof typeof TOPIC, person: { id: string; timeZone: string }, now: Date) {
  const earlier = await tx.delivery.findMany({
    where: { userId: person.id, kind, dueAt: { gt: new Date(now.getTime() - DAY_MS - BID_MESSAGE_GAP_MS) } },
    distinct: ["periodKey"],
    select: { periodKey: true, dueAt: true },
  });
  const plan = planBurstMessage(TOPIC[kind], earlier, now, person.timeZone);
  if (plan) await enqueue(tx, { kind, userId: person.id, ...plan });
}
