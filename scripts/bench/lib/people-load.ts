/**
 * The mixed load of bench:load and bench:faults: signed-in people, each a
 * separate client (own session, own address), one request after another until
 * the time is up: home views 50 %, check-ins 25 %, notes 15 %, responses to the
 * partner's latest shared check-in 10 %. Every acknowledged write is recorded so
 * the bench can look for it in the database afterwards.
 */
import type pg from "pg";
import { seedLinkedCouples } from "./bench-db";
import { percentile } from "./load";

type Action = "home" | "checkin" | "note" | "response";
const ACTIONS: Action[] = ["home", "checkin", "note", "response"];

export type PersonSample = {
  action: Action;
  /** When the request started, in ms since the load began. */
  at: number;
  ms: number;
  status: number;
  ok: boolean;
  /** The failed response's body, for the faults bench to inspect (kept only for failures). */
  failureBody?: string;
};

export type Acknowledged = { checkins: string[]; notes: string[] };

const SESSION_PREFIX = "load-session-";

/** `people` people in couples, each signed in, each with 30 days of shared check-ins. */
export async function seedLoadPeople(client: pg.Client, people: number): Promise<void> {
  await seedLinkedCouples(client, people / 2, { sessionPrefix: SESSION_PREFIX });
  await client.query(`
    INSERT INTO "CheckIn" (id, "authorId", "coupleId", pleasantness, energy, feeling, visibility, "createdAt", "updatedAt")
      SELECT 'seed-' || u || '-' || d, 'u' || u, 'c' || ((u + 1) / 2), 4, 4, 'hopeful', 'SHARED', now() - d * interval '1 day', now()
      FROM generate_series(1, ${people}) AS u, generate_series(0, 29) AS d;
    ANALYZE;
  `);
}

/** The cookie that signs in person `n` of seedLoadPeople. */
export function sessionCookieFor(n: number): { name: string; value: string } {
  return { name: "next-auth.session-token", value: `${SESSION_PREFIX}${n}` };
}

export async function runPeopleLoad(options: {
  appUrl: string;
  people: number;
  durationMs: number;
  /** A request that takes longer than this counts as failed (status 0). */
  requestTimeoutMs?: number;
}): Promise<{ samples: PersonSample[]; acknowledged: Acknowledged; seconds: number }> {
  const { appUrl, people, durationMs, requestTimeoutMs = 30_000 } = options;
  const samples: PersonSample[] = [];
  const acknowledged: Acknowledged = { checkins: [], notes: [] };
  const partnerOf = (n: number) => (n % 2 === 1 ? n + 1 : n - 1);
  const started = performance.now();

  async function send(n: number, action: Action): Promise<{ status: number; ok: boolean; body: string }> {
    const cookie = sessionCookieFor(n);
    const headers = { cookie: `${cookie.name}=${cookie.value}`, "x-forwarded-for": `10.1.${n >> 8}.${n & 255}` };
    const json = { ...headers, "content-type": "application/json" };
    const signal = AbortSignal.timeout(requestTimeoutMs);
    if (action === "home") {
      const response = await fetch(`${appUrl}/home`, { headers, redirect: "manual", signal });
      const body = await response.text();
      return { status: response.status, ok: response.status === 200 && body.includes("Your latest check-in"), body };
    }
    const [path, payload, expected] =
      action === "checkin"
        ? ["/api/checkins", { pleasantness: 2, energy: 4, feeling: "anxious", visibility: "SHARED", note: `load ${n}` }, 201]
        : action === "note"
          ? ["/api/notes", { body: `Thank you, from ${n}` }, 201]
          : [`/api/checkins/seed-${partnerOf(n)}-0/responses`, { kind: "SENDING_A_HUG" }, 200];
    const response = await fetch(`${appUrl}${path}`, { method: "POST", headers: json, body: JSON.stringify(payload), signal });
    const body = await response.text();
    const ok = response.status === expected;
    if (ok && action === "checkin") acknowledged.checkins.push((JSON.parse(body) as { id: string }).id);
    if (ok && action === "note") acknowledged.notes.push((JSON.parse(body) as { id: string }).id);
    return { status: response.status, ok, body };
  }

  async function person(n: number) {
    while (performance.now() - started < durationMs) {
      const roll = Math.random();
      const action: Action = roll < 0.5 ? "home" : roll < 0.75 ? "checkin" : roll < 0.9 ? "note" : "response";
      const t0 = performance.now();
      let result: { status: number; ok: boolean; body: string };
      try {
        result = await send(n, action);
      } catch (error) {
        result = { status: 0, ok: false, body: String(error) };
      }
      samples.push({
        action,
        at: t0 - started,
        ms: performance.now() - t0,
        status: result.status,
        ok: result.ok,
        failureBody: result.ok ? undefined : result.body,
      });
    }
  }
  await Promise.all(Array.from({ length: people }, (_, i) => person(i + 1)));
  return { samples, acknowledged, seconds: (performance.now() - started) / 1000 };
}

/** One line per action: count, p50/p95/p99 and failures (with their statuses). Returns the number of failures. */
export function printActionTable(samples: PersonSample[], print: (line: string) => void = console.log): number {
  let errors = 0;
  for (const action of ACTIONS) {
    const list = samples.filter((s) => s.action === action);
    const times = list.map((s) => s.ms);
    const failed = list.filter((s) => !s.ok);
    errors += failed.length;
    const statuses = [...new Set(failed.map((s) => s.status))].join(",");
    print(
      `${action.padEnd(8)} n=${String(list.length).padStart(5)} p50=${percentile(times, 50).toFixed(0)} ms p95=${percentile(times, 95).toFixed(0)} ms p99=${percentile(times, 99).toFixed(0)} ms errors=${failed.length}${statuses ? ` (status ${statuses})` : ""}`,
    );
  }
  return errors;
}

/** How many acknowledged check-ins and notes are in the database. */
export async function countStored(
  client: pg.Client,
  acknowledged: Acknowledged,
): Promise<{ checkins: number; notes: number; missing: number }> {
  const stored = await client.query<{ checkins: string; notes: string }>(
    `SELECT (SELECT count(*) FROM "CheckIn" WHERE id = ANY($1)) AS checkins, (SELECT count(*) FROM "Note" WHERE id = ANY($2)) AS notes`,
    [acknowledged.checkins, acknowledged.notes],
  );
  const checkins = Number(stored.rows[0]!.checkins);
  const notes = Number(stored.rows[0]!.notes);
  return { checkins, notes, missing: acknowledged.checkins.length - checkins + (acknowledged.notes.length - notes) };
}
