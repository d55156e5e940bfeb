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
import { freshBenchDatabase } from "./lib/bench-db";
import { startBenchApp } from "../lib/app-server";
import { machineLine } from "./lib/machine";
import { countStored, printActionTable, runPeopleLoad, seedLoadPeople } from "./lib/people-load";

const PEOPLE = 200;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 60) * 1000;
const log = (line: string) => console.log(`[bench:load] ${line}`);

const { postgres, url: databaseUrl, client } = await freshBenchDatabase();
let stopApp: (() => Promise<void>) | undefined;
try {
  await seedLoadPeople(client, PEOPLE);
  const app = await startBenchApp(databaseUrl, { log });
  stopApp = app.stop;
  log(`${PEOPLE} people for ${DURATION_MS / 1000} s …`);
  const { samples, acknowledged, seconds } = await runPeopleLoad({ appUrl: app.url, people: PEOPLE, durationMs: DURATION_MS });
  const stored = await countStored(client, acknowledged);
  await client.end();

  console.log("");
  console.log(machineLine());
  const errors = printActionTable(samples);
  console.log(`All: ${samples.length} requests in ${seconds.toFixed(1)} s (${(samples.length / seconds).toFixed(1)}/s), errors=${errors}`);
  console.log(
    `Acknowledged writes stored: check-ins ${stored.checkins}/${acknowledged.checkins.length}, notes ${stored.notes}/${acknowledged.notes.length} (missing: ${stored.missing})`,
  );
  if (errors > 0 || stored.missing > 0) process.exitCode = 1;
} finally {
  await stopApp?.();
  await postgres.stop();
}
