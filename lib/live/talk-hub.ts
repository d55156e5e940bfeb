import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { TALK_CHANNEL } from "./notify";

/** A change to a talk, as the database announces it; `resync` after the listener reconnected (something may have been missed). */
export type TalkSignal = { id: string; version: number } | { resync: true };
type Subscriber = (signal: TalkSignal) => void;

const MAX_BACKOFF_MS = 30_000;

/**
 * One LISTEN connection per server process, fanned out in memory to every
 * open stream of the talk that changed (app processes behind a proxy each
 * have their own, and Postgres tells each). The connection opens with the
 * first subscriber; when it drops it comes back with a growing pause, and
 * every subscriber is told to re-read (catch-up), since a NOTIFY sent while
 * it was away is not kept.
 */
class TalkHub {
  private subscribers = new Map<string, Set<Subscriber>>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private backoff = 1_000;

  subscribe(talkId: string, subscriber: Subscriber): () => void {
    const set = this.subscribers.get(talkId) ?? new Set();
    set.add(subscriber);
    this.subscribers.set(talkId, set);
    void this.connect();
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.subscribers.delete(talkId);
    };
  }

  /** Streams open on this process (for the bench and the health of the fan-out). */
  get size(): number {
    let count = 0;
    for (const set of this.subscribers.values()) count += set.size;
    return count;
  }

  private connect(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.open().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async open(): Promise<void> {
    const client = new pg.Client({ connectionString: env().DATABASE_URL, connectionTimeoutMillis: 5_000, keepAlive: true });
    client.on("notification", (message) => this.deliver(message.payload));
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${TALK_CHANNEL}`);
    } catch {
      this.lost(client);
      return;
    }
    const reconnected = this.backoff > 1_000;
    this.client = client;
    this.backoff = 1_000;
    if (reconnected) this.broadcast({ resync: true });
  }

  private lost(client: pg.Client) {
    if (this.client === client) this.client = null;
    client.removeAllListeners("notification");
    void client.end().catch(() => undefined);
    if (this.subscribers.size === 0) return;
    const wait = this.backoff;
    this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
    setTimeout(() => void this.connect(), wait).unref();
  }

  private deliver(payload: string | undefined) {
    let signal: { id: string; version: number };
    try {
      signal = JSON.parse(payload ?? "");
    } catch {
      return;
    }
    for (const subscriber of this.subscribers.get(signal.id) ?? []) subscriber(signal);
  }

  private broadcast(signal: TalkSignal) {
    for (const set of this.subscribers.values()) for (const subscriber of set) subscriber(signal);
  }
}

const globalForHub = globalThis as unknown as { kindredTalkHub?: TalkHub };

/** The process's hub (kept on globalThis so development reloads share one connection). */
export function talkHub(): TalkHub {
  globalForHub.kindredTalkHub ??= new TalkHub();
  return globalForHub.kindredTalkHub;
}
