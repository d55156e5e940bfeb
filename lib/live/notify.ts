import "server-only";
import { db, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The channels every app process's hub listens on (hub.ts). */
export const TALK_CHANNEL = "kindred_talk";
export const PARTNER_CHANNEL = "kindred_partner";

/**
 * What changed for a person because their partner did something they can
 * see: only the kind, never the words (the stream tells the page to re-read
 * it for that person, with all the usual scoping).
 */
export type PartnerChange = "note" | "checkin" | "response" | "guess" | "question" | "practice" | "talk" | "couple" | "bid" | "repair";

type Notifier = Pick<Db, "$executeRaw">;

/**
 * Tells every app process that a talk changed (its new version; -1: it is
 * gone). Called with the transaction that writes the change: Postgres
 * delivers a NOTIFY only when that transaction commits, and never one that
 * rolled back.
 */
export async function notifyTalkChanged(tx: Notifier, talkId: string, version: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${TALK_CHANNEL}, ${JSON.stringify({ id: talkId, version })})`;
}

/**
 * Tells the partner's open pages (home, notes, the navigation's badges) that
 * something of theirs to see changed, so they refresh quietly. Called inside
 * the writing transaction, as above, and only for what the partner may see:
 * nothing private ever sends one (not even its timing).
 */
export async function notifyPartner(tx: Notifier, partnerId: string, kind: PartnerChange): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${PARTNER_CHANNEL}, ${JSON.stringify({ to: partnerId, kind })})`;
}

/** A write changed something unless it is a batch (updateMany, deleteMany) that touched no row. */
const touchedRows = (result: unknown) => !(typeof result === "object" && result !== null && "count" in result && result.count === 0);

/**
 * A write and, when `changed` says it changed something the partner sees,
 * the notice to them, in one transaction (no partner: the write alone).
 */
export async function writeAndTell<T>(
  partnerId: string | undefined,
  kind: PartnerChange,
  write: (tx: Prisma.TransactionClient) => Promise<T>,
  changed: (result: T) => boolean = touchedRows,
): Promise<T> {
  if (!partnerId) return write(db);
  return db.$transaction(async (tx) => {
    const result = await write(tx);
    if (changed(result)) await notifyPartner(tx, partnerId, kind);
    return result;
  });
}
