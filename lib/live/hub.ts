import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { PARTNER_CHANNEL, TALK_CHANNEL, type PartnerChange } from "./notify";

/** A change to a talk, as the database announces it. */
export type TalkSignal = { id: string; version: number };
/** A change a person's partner made that they can see; `at` is when this process heard it. */
export type PartnerSignal = { to: string; kind: PartnerChange; at: number };
/** After the listener reconnected: something may have been missed, re-read. */
export type Resync = { resync: true };

type Topic = "talk" | "partner";
type Subscriber = (signal: TalkSignal | PartnerSignal | Resync) => void;

const MAX_BACKOFF_MS = 30_000;
/** Partner signals are kept this long, so a stream that reconnects (or a page that was just rendered) can catch up. */
const KEPT_MS = 60_000;
/** Leeway for the time between a commit and its NOTIFY reaching each process. */
const CATCH_UP_MARGIN_MS = 2_000;

const CHANNELS: Record<string, Topic> = { [TALK_CHANNEL]: "talk", [PARTNER_CHANNEL]: "partner" };

/**
 * One LISTEN connection per server process, fanned out in memory to every
 * open stream the change is for (app processes behind a proxy each have
 * their own, and Postgres tells each). The connection opens with the first
 * subscriber and stays; when it drops it comes back with a growing pause,
 * and every subscriber is told to re-read (catch-up), since a NOTIFY sent
 * while it was away is not kept. The last minute of partner signals is kept
 * so a stream that reconnects is told what it missed.
 */
class LiveHub {
  private subscribers = new Map<string, Set<Subscriber>>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private backoff = 1_000;
  /** When the current connection started listening (null while there is none). */
  private listeningFrom: number | null = null;
  private recent: PartnerSignal[] = [];

  subscribe(topic: "talk", key: string, subscriber: (signal: TalkSignal | Resync) => void): () => void;
  subscribe(topic: "partner", key: string, subscriber: (signal: PartnerSignal | Resync) => void): () => void;
  subscribe(topic: Topic, key: string, subscriber: ((signal: TalkSignal | Resync) => void) | ((signal: PartnerSignal | Resync) => void)) {
    const name = `${topic}:${key}`;
    const set = this.subscribers.get(name) ?? new Set();
    // Each topic's subscribers are only ever handed that topic's signals (deliver) or a resync.
    set.add(subscriber as Subscriber);
    this.subscribers.set(name, set);
    void this.connect();
    return () => {
      set.delete(subscriber as Subscriber);
      if (set.size === 0) this.subscribers.delete(name);
    };
  }

  /** Resolves once this process is listening (or has tried and failed to). */
  ready(): Promise<void> {
    return this.connect();
  }

  /**
   * What a person's stream missed since `since` (ms): the partner signals
   * for them heard since then, or a resync when this process cannot vouch
   * for the whole time (it was not listening, or it is longer ago than it keeps).
   */
  partnerSince(userId: string, since: number, now = Date.now()): PartnerSignal[] | Resync {
    const from = since - CATCH_UP_MARGIN_MS;
    if (this.listeningFrom === null || this.listeningFrom > from || from < now - KEPT_MS) return { resync: true };
    return this.recent.filter((signal) => signal.to === userId && signal.at >= from);
  }

  /** When this process's listener started (ms), null while it has none: it vouches for signals from then on. */
  get listeningSince(): number | null {
    return this.listeningFrom;
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
    client.on("notification", (message) => this.deliver(message.channel, message.payload));
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${TALK_CHANNEL}; LISTEN ${PARTNER_CHANNEL}`);
    } catch {
      this.lost(client);
      return;
    }
    const reconnected = this.backoff > 1_000;
    this.client = client;
    this.listeningFrom = Date.now();
    this.backoff = 1_000;
    if (reconnected) this.broadcast({ resync: true });
  }

  private lost(client: pg.Client) {
    if (this.client === client) {
      this.client = null;
      this.listeningFrom = null;
    }
    client.removeAllListeners("notification");
    void client.end().catch(() => undefined);
    if (this.subscribers.size === 0) return;
    const wait = this.backoff;
    this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
    setTimeout(() => void this.connect(), wait).unref();
  }

  private deliver(channel: string, payload: string | undefined) {
    const topic = CHANNELS[channel];
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(payload ?? "");
    } catch {
      return;
    }
    let key: string;
    let signal: TalkSignal | PartnerSignal;
    if (topic === "talk" && typeof parsed.id === "string" && typeof parsed.version === "number") {
      key = parsed.id;
      signal = { id: parsed.id, version: parsed.version };
    } else if (topic === "partner" && typeof parsed.to === "string" && typeof parsed.kind === "string") {
      const now = Date.now();
      key = parsed.to;
      signal = { to: parsed.to, kind: parsed.kind as PartnerChange, at: now };
      const stale = this.recent.findIndex((kept) => kept.at >= now - KEPT_MS);
      this.recent.splice(0, stale === -1 ? this.recent.length : stale);
      this.recent.push(signal);
    } else return;
    for (const subscriber of this.subscribers.get(`${topic}:${key}`) ?? []) subscriber(signal);
  }

  private broadcast(signal: Resync) {
    for (const set of this.subscribers.values()) for (const subscriber of set) subscriber(signal);
  }
}

const globalForHub = globalThis as unknown as { kindredLiveHub?: LiveHub };

/** The process's hub (kept on globalThis so development reloads share one connection). */
export function liveHub(): LiveHub {
  globalForHub.kindredLiveHub ??= new LiveHub();
  return globalForHub.kindredLiveHub;
}
