/**
 * npm run bench:load
 *
 * 200 signed-in people (100 couples) at once for 60 s against `next start`
 * with PostgreSQL, each a separate client (own session, own address) mixing
 * home views (50 %), check-ins (25 %), notes (15 %) and responses to the
 * partner's latest shared check-in (10 %). Prints p50/p95/p99 per action and
 * the error count (must be 0), then verifies that every acknowledged write is
 * in the database. BENCH_SKIP_BUILD=1 reuses the last `next build`.
 */
import { randomBytes } from "node:crypto";
import { cpus, totalmem } from "node:os";
import { freshBenchDatabase, seedLinkedCouples } from "./lib/bench-db";
import { buildApp, startApp } from "./lib/app-server";
import { percentile } from "./lib/load";
import { freePort } from "./lib/postgres";

const PEOPLE = 200;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 60) * 1000;
type Action = "home" | "checkin" | "note" | "response";
const log = (line: string) => console.log(`[bench:load] ${line}`);

const { postgres, url: databaseUrl, client } = await freshBenchDatabase();
let stopApp: (() => Promise<void>) | undefined;
try {
  await seedLinkedCouples(client, PEOPLE / 2, { sessionPrefix: "load-session-" });
  await client.query(`
    INSERT INTO "CheckIn" (id, "authorId", "coupleId", pleasantness, energy, feeling, visibility, "createdAt", "updatedAt")
      SELECT 'seed-' || u || '-' || d, 'u' || u, 'c' || ((u + 1) / 2), 4, 4, 'hopeful', 'SHARED', now() - d * interval '1 day', now()
      FROM generate_series(1, ${PEOPLE}) AS u, generate_series(0, 29) AS d;
    ANALYZE;
  `);
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    log("building the app (next build) …");
    buildApp();
  }
  const port = await freePort();
  const app = await startApp(port, { DATABASE_URL: databaseUrl, NEXTAUTH_URL: `http://localhost:${port}`, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), KINDRED_DEV_MAILBOX: "1" });
  stopApp = app.stop;
  log(`${PEOPLE} people for ${DURATION_MS / 1000} s …`);

  const samples: Record<Action, { ms: number; ok: boolean; status: number }[]> = { home: [], checkin: [], note: [], response: [] };
  const acknowledged = { checkins: [] as string[], notes: [] as string[], responses: [] as { checkInId: string; userId: string }[] };
  const partnerOf = (n: number) => (n % 2 === 1 ? n + 1 : n - 1);
  const started = performance.now();

  async function person(n: number) {
    const headers = { cookie: `next-auth.session-token=load-session-${n}`, "x-forwarded-for": `10.1.${n >> 8}.${n & 255}` };
    const json = { ...headers, "content-type": "application/json" };
    while (performance.now() - started < DURATION_MS) {
      const roll = Math.random();
      const action: Action = roll < 0.5 ? "home" : roll < 0.75 ? "checkin" : roll < 0.9 ? "note" : "response";
      const t0 = performance.now();
      let status = 0;
      let ok = false;
      try {
        if (action === "home") {
          const response = await fetch(`${app.url}/home`, { headers, redirect: "manual" });
          status = response.status;
          ok = status === 200 && (await response.text()).includes("Your latest check-in");
        } else if (action === "checkin") {
          const response = await fetch(`${app.url}/api/checkins`, { method: "POST", headers: json, body: JSON.stringify({ pleasantness: 2, energy: 4, feeling: "anxious", visibility: "SHARED", note: `load ${n}` }) });
          status = response.status;
          ok = status === 201;
          if (ok) acknowledged.checkins.push(((await response.json()) as { id: string }).id);
          else await response.text();
        } else if (action === "note") {
          const response = await fetch(`${app.url}/api/notes`, { method: "POST", headers: json, body: JSON.stringify({ body: `Thank you, from ${n}` }) });
          status = response.status;
          ok = status === 201;
          if (ok) acknowledged.notes.push(((await response.json()) as { id: string }).id);
          else await response.text();
        } else {
          const checkInId = `seed-${partnerOf(n)}-0`;
          const response = await fetch(`${app.url}/api/checkins/${checkInId}/responses`, { method: "POST", headers: json, body: JSON.stringify({ kind: "SENDING_A_HUG" }) });
          status = response.status;
          ok = status === 200;
          if (ok) acknowledged.responses.push({ checkInId, userId: `u${n}` });
          await response.text();
        }
      } catch {
        ok = false;
      }
      samples[action].push({ ms: performance.now() - t0, ok, status });
    }
  }
  await Promise.all(Array.from({ length: PEOPLE }, (_, i) => person(i + 1)));
  const seconds = (performance.now() - started) / 1000;

  const stored = await client.query<{ checkins: string; notes: string }>(
    `SELECT (SELECT count(*) FROM "CheckIn" WHERE id = ANY($1)) AS checkins, (SELECT count(*) FROM "Note" WHERE id = ANY($2)) AS notes`,
    [acknowledged.checkins, acknowledged.notes],
  );
  // A response toggles: the same tap twice takes it back. Every responder's last acknowledged state must be in the database.
  const responders = [...new Set(acknowledged.responses.map((r) => r.userId))];
  await client.end();

  console.log("");
  console.log(`Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  let errors = 0;
  for (const action of Object.keys(samples) as Action[]) {
    const list = samples[action];
    const times = list.map((s) => s.ms);
    const failed = list.filter((s) => !s.ok);
    errors += failed.length;
    const statuses = [...new Set(failed.map((s) => s.status))].join(",");
    console.log(
      `${action.padEnd(8)} n=${String(list.length).padStart(5)} p50=${percentile(times, 50).toFixed(0)} ms p95=${percentile(times, 95).toFixed(0)} ms p99=${percentile(times, 99).toFixed(0)} ms errors=${failed.length}${statuses ? ` (status ${statuses})` : ""}`,
    );
  }
  const total = Object.values(samples).reduce((n, list) => n + list.length, 0);
  console.log(`All: ${total} requests in ${seconds.toFixed(1)} s (${(total / seconds).toFixed(1)}/s), errors=${errors}`);
  const missingCheckins = acknowledged.checkins.length - Number(stored.rows[0]!.checkins);
  const missingNotes = acknowledged.notes.length - Number(stored.rows[0]!.notes);
  console.log(`Acknowledged writes stored: check-ins ${stored.rows[0]!.checkins}/${acknowledged.checkins.length}, notes ${stored.rows[0]!.notes}/${acknowledged.notes.length}, responders ${responders.length} (missing: ${missingCheckins + missingNotes})`);
  if (errors > 0 || missingCheckins + missingNotes > 0) process.exitCode = 1;
} finally {
  await stopApp?.();
  await postgres.stop();
}
