/**
 * npm run bench:checkins
 *
 * Seeds 1,000 couples with 90 days of check-ins each into a fresh embedded
 * PostgreSQL, builds and starts the app (`next start`), then measures:
 *   1. home render latency: 200 requests at concurrency 10, each signed in as
 *      a random member (p50/p95);
 *   2. the same for a static page (/privacy), as the floor;
 *   3. check-in write throughput: POST /api/checkins for 30 s at concurrency
 *      20, then verifies that every acknowledged write is in the database.
 * BENCH_SKIP_BUILD=1 reuses the last `next build`.
 */
import { freshBenchDatabase, seedLinkedCouples } from "./lib/bench-db";
import { startBenchApp } from "../lib/app-server";
import { percentile, runLoad, summarize } from "./lib/load";
import { machineLine } from "./lib/machine";

const COUPLES = Number(process.env.BENCH_COUPLES ?? 1000);
const DAYS = 90;
const log = (line: string) => console.log(`[bench:checkins] ${line}`);

const { postgres, url: databaseUrl, client } = await freshBenchDatabase();
let stopApp: (() => Promise<void>) | undefined;
try {
  const seedStart = performance.now();
  const people = COUPLES * 2;
  await seedLinkedCouples(client, COUPLES, {
    timeZones: ["Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata"],
    sessionPrefix: "bench-session-",
  });
  // One or two check-ins a day for 90 days, about one in five private, with a
  // feeling word from the right quadrant.
  await client.query(`
    INSERT INTO "CheckIn" (id, "authorId", "coupleId", pleasantness, energy, feeling, visibility, "createdAt", "updatedAt")
      SELECT 'ci-' || u || '-' || d || '-' || k, 'u' || u, 'c' || ((u + 1) / 2), p, e,
             CASE WHEN p >= 3 AND e >= 3 THEN 'hopeful' WHEN p >= 3 THEN 'calm' WHEN e >= 3 THEN 'anxious' ELSE 'tired' END,
             (CASE WHEN (u + d + k) % 5 = 0 THEN 'PRIVATE' ELSE 'SHARED' END)::"Visibility",
             now() - d * interval '1 day' - k * interval '7 hours', now()
      FROM generate_series(1, ${people}) AS u,
           generate_series(0, ${DAYS - 1}) AS d,
           generate_series(0, 1) AS k,
           LATERAL (SELECT 1 + (u + d) % 5 AS p, 1 + (u * 7 + d * 3 + k) % 5 AS e) AS mood
      WHERE k = 0 OR (u + d) % 2 = 0;
    ANALYZE;
  `);
  const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "CheckIn"`);
  log(
    `seeded ${COUPLES} couples, ${people} people, ${rows[0]!.count} check-ins in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  );

  const app = await startBenchApp(databaseUrl, { log });
  stopApp = app.stop;
  const cookieFor = (person: number) => `next-auth.session-token=bench-session-${person}`;
  const randomPerson = () => 1 + Math.floor(Math.random() * people);

  // Warm up: compile caches and connection pool.
  await runLoad({
    concurrency: 5,
    requests: 40,
    send: async () => {
      const r = await fetch(`${app.url}/home`, { headers: { cookie: cookieFor(randomPerson()) } });
      await r.text();
      return r;
    },
  });
  await runLoad({
    concurrency: 5,
    requests: 20,
    send: async () => {
      const r = await fetch(`${app.url}/privacy`);
      await r.text();
      return r;
    },
  });

  const home = await runLoad({
    concurrency: 10,
    requests: 200,
    send: async () => {
      const response = await fetch(`${app.url}/home`, { headers: { cookie: cookieFor(randomPerson()) }, redirect: "manual" });
      const html = await response.text();
      return { status: response.status, ok: response.status === 200 && html.includes("Your latest check-in") };
    },
  });
  const floor = await runLoad({
    concurrency: 10,
    requests: 200,
    send: async () => {
      const response = await fetch(`${app.url}/privacy`);
      await response.text();
      return { status: response.status, ok: response.ok };
    },
  });

  const feelings = [
    ["hopeful", 4, 4],
    ["calm", 4, 2],
    ["anxious", 2, 4],
    ["tired", 2, 2],
  ] as const;
  const writes = await runLoad({
    concurrency: 20,
    durationMs: 30_000,
    send: async (index) => {
      const [feeling, pleasantness, energy] = feelings[index % feelings.length]!;
      const person = randomPerson();
      const response = await fetch(`${app.url}/api/checkins`, {
        method: "POST",
        // Each simulated person is their own client, as the write limits expect.
        headers: {
          cookie: cookieFor(person),
          "content-type": "application/json",
          "x-forwarded-for": `10.${(person >> 16) & 255}.${(person >> 8) & 255}.${person & 255}`,
        },
        body: JSON.stringify({
          pleasantness,
          energy,
          feeling,
          visibility: index % 5 === 0 ? "PRIVATE" : "SHARED",
          note: `bench write ${index}`,
        }),
      });
      const body = response.status === 201 ? ((await response.json()) as { id: string }) : await response.text();
      return { status: response.status, ok: response.status === 201, body };
    },
  });
  const acknowledged = writes.samples.filter((s) => s.ok).map((s) => (s.body as { id: string }).id);
  const stored = await client.query<{ count: string }>(`SELECT count(*) FROM "CheckIn" WHERE id = ANY($1)`, [acknowledged]);
  await client.end();

  const seconds = writes.elapsedMs / 1000;
  console.log("");
  console.log(machineLine());
  console.log(`Home (signed in, random member), 200 requests, concurrency 10: ${summarize(home.samples)}`);
  console.log(`Static page floor (/privacy), 200 requests, concurrency 10:   ${summarize(floor.samples)}`);
  console.log(
    `Check-in writes, 30 s, concurrency 20: ${acknowledged.length} acknowledged (${(acknowledged.length / seconds).toFixed(1)}/s), ` +
      `p50=${percentile(
        writes.samples.map((s) => s.ms),
        50,
      ).toFixed(1)} ms p95=${percentile(
        writes.samples.map((s) => s.ms),
        95,
      ).toFixed(1)} ms, ` +
      `errors=${writes.samples.length - acknowledged.length}`,
  );
  const missing = acknowledged.length - Number(stored.rows[0]!.count);
  console.log(`Acknowledged writes found in the database: ${stored.rows[0]!.count}/${acknowledged.length} (missing: ${missing})`);
  if (missing !== 0 || home.samples.some((s) => !s.ok)) process.exitCode = 1;
} finally {
  await stopApp?.();
  await postgres.stop();
}
