/**
 * npm run bench:load
 *
 * 200 signed-in people (100 couples) at once for 60 s against `next start`
 * with PostgreSQL, each a separate client (own session, own address) mixing
 * home views (50 %), check-ins (25 %), notes (15 %) and responses to the
 * partner's latest shared check-in (10 %). Prints p50/p95/p99 per action and
 * the error count (must be 0), then verifies that every acknowledged write is
 * in the database. Then 100 couples talk it through at once for 30 s
 * (BENCH_TALK_SECONDS): each partner keeps the talk open (a pulse every 3 s)
 * and makes their move when it is theirs; prints p50/p95 of a pulse and of a
 * turn submission, and the errors (must be 0). BENCH_SKIP_BUILD=1 reuses the
 * last `next build`.
 */
import { freshBenchDatabase } from "./lib/bench-db";
import { startBenchApp } from "../lib/app-server";
import { machineLine } from "./lib/machine";
import { countStored, printActionTable, runPeopleLoad, seedLoadPeople } from "./lib/people-load";
import { runTalkLoad, seedTalks } from "./lib/talk-load";

const PEOPLE = 200;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 60) * 1000;
const TALK_MS = Number(process.env.BENCH_TALK_SECONDS ?? 30) * 1000;
const log = (line: string) => console.log(`[bench:load] ${line}`);

const { postgres, url: databaseUrl, client } = await freshBenchDatabase();
let stopApp: (() => Promise<void>) | undefined;
try {
  await seedLoadPeople(client, PEOPLE);
  await seedTalks(client, PEOPLE / 2);
  const app = await startBenchApp(databaseUrl, { log });
  stopApp = app.stop;
  log(`${PEOPLE} people for ${DURATION_MS / 1000} s …`);
  const { samples, acknowledged, seconds } = await runPeopleLoad({ appUrl: app.url, people: PEOPLE, durationMs: DURATION_MS });
  const stored = await countStored(client, acknowledged);
  log(`${PEOPLE / 2} couples talking it through for ${TALK_MS / 1000} s …`);
  const talk = await runTalkLoad({ appUrl: app.url, couples: PEOPLE / 2, durationMs: TALK_MS });
  const turns = await client.query<{ count: string }>(`SELECT count(*) FROM "TalkTurn"`);
  await client.end();

  console.log("");
  console.log(machineLine());
  const errors = printActionTable(samples);
  console.log(`All: ${samples.length} requests in ${seconds.toFixed(1)} s (${(samples.length / seconds).toFixed(1)}/s), errors=${errors}`);
  console.log(
    `Acknowledged writes stored: check-ins ${stored.checkins}/${acknowledged.checkins.length}, notes ${stored.notes}/${acknowledged.notes.length} (missing: ${stored.missing})`,
  );
  console.log("");
  console.log(`Talking: ${PEOPLE / 2} couples, each partner with the talk open, for ${talk.seconds.toFixed(1)} s`);
  console.log(talk.pulse.text);
  console.log(talk.turn.text);
  if (talk.firstFailure) console.log(`First failed turn: ${talk.firstFailure}`);
  console.log(
    `Open talk: ${talk.requestsPerPersonPerSecond.toFixed(2)} requests per person per second; ${turns.rows[0]!.count} turns stored`,
  );
  if (errors > 0 || stored.missing > 0 || talk.pulse.errors > 0 || talk.turn.errors > 0) process.exitCode = 1;
} finally {
  await stopApp?.();
  await postgres.stop();
}
