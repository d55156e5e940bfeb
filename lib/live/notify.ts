import "server-only";
import type { Db } from "@/lib/db";

/** The channel every app process's talk hub listens on (talk-hub.ts). */
export const TALK_CHANNEL = "kindred_talk";

/**
 * Tells every app process that a talk changed (its new version; -1: it is
 * gone). Called with the transaction that writes the change: Postgres
 * delivers a NOTIFY only when that transaction commits, and never one that
 * rolled back.
 */
export async function notifyTalkChanged(tx: Pick<Db, "$executeRaw">, talkId: string, version: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${TALK_CHANNEL}, ${JSON.stringify({ id: talkId, version })})`;
}
