/**
 * npm run bench:faults
 *
 * 1. Database outage under load. 200 signed-in people (100 couples) use the
 *    app against `next start` (the bench:load mix). After OUTAGE_AT s the
 *    PostgreSQL server is stopped (fast shutdown: every connection is cut) and
 *    started again OUTAGE_FOR s later, on the same data; the app is not
 *    touched. Meanwhile a person in Chromium is mid-check-in: they submit
 *    during the outage, then open /home, then press "Try again" once the
 *    database is back. Checked: every failure during the outage is a friendly
 *    answer (a 503 with a plain message for JSON, the error page for pages;
 *    never a stack trace or internals); the app serves again by itself; no
 *    request fails before the outage or after recovery; every acknowledged
 *    write is in the database.
 * 2. Email runner killed mid-run. JOB_PEOPLE digests fall due; a runner
 *    process is killed (SIGKILL) after about a third and again after about
 *    two thirds have been delivered, then a last runner finishes after the
 *    dead runners' leases expire. Checked: everyone got exactly one digest,
 *    and every delivery row is SENT.
 *
 * Prints its figures and exits non-zero when a check fails. Screenshots of what
 * the person in the browser saw, and the app's log, are left in .bench/.
 * BENCH_SKIP_BUILD=1 reuses the last `next build`; BENCH_FAULTS=runner runs
 * only the second part.
 */
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import pg from "pg";
import { startBenchApp, type AppServer } from "../lib/app-server";
import { DIGEST_AT, freshBenchDatabase, seedDigestWeek, seedLinkedCouples } from "./lib/bench-db";
import { chromiumFlags, chromiumPath } from "../lib/chromium";
import { spawnRunner, startProviderProcess } from "./lib/job-processes";
import { percentile } from "./lib/load";
import { machineLine } from "./lib/machine";
import { applyMigrations } from "../lib/migrate";
import { countStored, printActionTable, runPeopleLoad, seedLoadPeople, sessionCookieFor, type PersonSample } from "./lib/people-load";
import type { RunningPostgres } from "../lib/postgres";

const PEOPLE = 200;
const OUTAGE_AT_MS = Number(process.env.BENCH_OUTAGE_AT ?? 15) * 1000;
const OUTAGE_FOR_MS = Number(process.env.BENCH_OUTAGE_FOR ?? 10) * 1000;
const LOAD_MS = OUTAGE_AT_MS + OUTAGE_FOR_MS + Number(process.env.BENCH_AFTER ?? 20) * 1000;
const JOB_PEOPLE = Number(process.env.BENCH_JOB_PEOPLE ?? 4_000);
/** The runner's lease (lib/jobs/run-due-emails.tsx): a dead runner's rows are taken over after it. */
const LEASE_MS = 5 * 60_000;
/** Screenshots and the app's log. */
const OUTPUT = ".bench";
/** What must never reach a person: stack frames, driver and ORM names, addresses, codes. */
const INTERNALS = /\bat \S+ \(|prisma|P10\d\d|ECONNREFUSED|127\.0\.0\.1|node_modules|\.tsx?:\d+|pg_|SQLSTATE/i;
const UNAVAILABLE = "Kindred can't reach its database right now. Please try again in a moment.";

const log = (line: string) => console.log(`[bench:faults] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
  return ok ? "ok" : "FAILED";
};

const { postgres, url: databaseUrl, client: seedClient } = await freshBenchDatabase({ restartable: true });
let app: AppServer | undefined;
try {
  await seedLoadPeople(seedClient, PEOPLE);
  await seedClient.end();
  mkdirSync(OUTPUT, { recursive: true });
  // The outage makes the app log every failed query; that goes to a file, the figures to the terminal.
  app = await startBenchApp(databaseUrl, { log, logFile: `${OUTPUT}/faults-app.log` });

  console.log("");
  console.log(machineLine());
  if (process.env.BENCH_FAULTS !== "runner") await databaseOutage(app, postgres, databaseUrl);
  await killedRunner(postgres);
} finally {
  await app?.stop();
  await postgres.stop();
}
console.log("");
if (failures.length > 0) {
  console.log(`FAILED: ${failures.join("; ")}`);
  process.exitCode = 1;
} else {
  console.log("All fault checks passed.");
}

async function databaseOutage(app: AppServer, postgres: RunningPostgres, databaseUrl: string) {
  log(`${PEOPLE} people for ${LOAD_MS / 1000} s; PostgreSQL stops at ${OUTAGE_AT_MS / 1000} s for ${OUTAGE_FOR_MS / 1000} s …`);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  await context.addCookies([{ ...sessionCookieFor(1), domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
  const page = await context.newPage();

  const outage = { stoppedAt: 0, resumedAt: 0 };
  const load = runPeopleLoad({ appUrl: app.url, people: PEOPLE, durationMs: LOAD_MS, requestTimeoutMs: 30_000 });
  const loadStarted = performance.now();
  const since = () => performance.now() - loadStarted;

  // The person in the browser opens the check-in form while all is well …
  await page.goto(`${app.url}/checkin`, { timeout: 60_000 });
  await sleep(Math.max(0, OUTAGE_AT_MS - since()));
  await postgres.halt();
  outage.stoppedAt = since();
  log(`PostgreSQL stopped at ${(outage.stoppedAt / 1000).toFixed(1)} s`);

  // … and submits it during the outage: a clear message, and what they typed is still there.
  const note = "Tired but hopeful about the weekend";
  const browserChecks: string[] = [];
  try {
    await fillCheckIn(page, note);
    await page.getByRole("button", { name: "Check in" }).click();
    const message = page.getByText(UNAVAILABLE);
    await message.waitFor({ timeout: 20_000 });
    browserChecks.push(`check-in submitted during the outage: "${UNAVAILABLE}" shown ${check(true, "")}`);
    const kept = (await page.getByLabel("Anything to add?").inputValue()) === note;
    browserChecks.push(`typed note kept ${check(kept, "the typed note was lost when the check-in failed")}`);
    await page.screenshot({ path: `${OUTPUT}/faults-checkin-during-outage.png`, fullPage: true });

    await page.goto(`${app.url}/home`, { timeout: 20_000 });
    const heading = page.getByRole("heading", { name: "Something went wrong on our side" });
    await heading.waitFor({ timeout: 20_000 });
    const text = await page.locator("body").innerText();
    browserChecks.push(
      `/home during the outage: the error page, no internals ${check(!INTERNALS.test(text), `the error page showed internals: ${text.slice(0, 200)}`)}`,
    );
    await page.screenshot({ path: `${OUTPUT}/faults-home-during-outage.png`, fullPage: true });
  } catch (error) {
    browserChecks.push(`browser during the outage ${check(false, `browser during the outage: ${String(error).split("\n")[0]}`)}`);
  }

  await sleep(Math.max(0, outage.stoppedAt + OUTAGE_FOR_MS - since()));
  await postgres.resume();
  outage.resumedAt = since();
  log(`PostgreSQL running again at ${(outage.resumedAt / 1000).toFixed(1)} s`);

  try {
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("region", { name: "Your latest check-in" }).waitFor({ timeout: 30_000 });
    browserChecks.push(`"Try again" after the restart shows home ${check(true, "")}`);
  } catch (error) {
    browserChecks.push(
      `"Try again" after the restart ${check(false, `"Try again" did not bring home back: ${String(error).split("\n")[0]}`)}`,
    );
  }
  await browser.close();

  const { samples, acknowledged, seconds } = await load;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const stored = await countStored(client, acknowledged);
  await client.end();

  // Phases by when each request started.
  const before = samples.filter((s) => s.at + s.ms < outage.stoppedAt);
  const during = samples.filter((s) => s.at + s.ms >= outage.stoppedAt && s.at < outage.resumedAt);
  const afterResume = samples.filter((s) => s.at >= outage.resumedAt);
  const firstOk = Math.min(...afterResume.filter((s) => s.ok).map((s) => s.at + s.ms));
  const recoverySeconds = (firstOk - outage.resumedAt) / 1000;
  // Requests already queued when the database came back may still fail; after recovery, none may.
  const afterRecovery = afterResume.filter((s) => s.at >= firstOk);
  const failedDuring = during.filter((s) => !s.ok);
  const unfriendly = failedDuring.filter((s) => !isFriendlyFailure(s));

  console.log("");
  console.log(
    `Outage: PostgreSQL stopped at ${(outage.stoppedAt / 1000).toFixed(1)} s, running again at ${(outage.resumedAt / 1000).toFixed(1)} s (${((outage.resumedAt - outage.stoppedAt) / 1000).toFixed(1)} s down)`,
  );
  printActionTable(samples);
  console.log(`All: ${samples.length} requests in ${seconds.toFixed(1)} s`);
  console.log(
    `Before the outage: ${before.length} requests, ${before.filter((s) => !s.ok).length} failed ${check(
      before.every((s) => s.ok),
      "requests failed before the outage",
    )}`,
  );
  console.log(
    `During the outage: ${during.length} requests, ${failedDuring.length} failed: ${describeStatuses(failedDuring)}; unfriendly answers (internals or a bare 500): ${unfriendly.length} ${check(unfriendly.length === 0, `${unfriendly.length} unfriendly answers during the outage, e.g. ${unfriendly[0]?.status} ${unfriendly[0]?.failureBody?.slice(0, 160)}`)}`,
  );
  console.log(
    `Recovery: first success ${recoverySeconds.toFixed(2)} s after PostgreSQL was back, without restarting the app ${check(Number.isFinite(recoverySeconds), "the app did not recover")}`,
  );
  const failedAfter = afterRecovery.filter((s) => !s.ok);
  console.log(
    `After recovery: ${afterRecovery.length} requests, ${failedAfter.length} failed ${check(failedAfter.length === 0, `${failedAfter.length} requests failed after recovery (${describeStatuses(failedAfter)})`)}`,
  );
  const latencies = afterRecovery.map((s) => s.ms);
  console.log(`  latency after recovery: p50=${percentile(latencies, 50).toFixed(0)} ms p95=${percentile(latencies, 95).toFixed(0)} ms`);
  console.log(
    `Acknowledged writes stored: check-ins ${stored.checkins}/${acknowledged.checkins.length}, notes ${stored.notes}/${acknowledged.notes.length} ${check(stored.missing === 0, `${stored.missing} acknowledged writes missing`)}`,
  );
  console.log("In the browser (phone width):");
  for (const line of browserChecks) console.log(`  ${line}`);
}

/** A failure during the outage must be a 503 with our plain message (JSON) or the error page (HTML, 500/503), with no internals. */
function isFriendlyFailure(sample: PersonSample): boolean {
  const body = sample.failureBody ?? "";
  if (INTERNALS.test(body)) return false;
  if (sample.action === "home") return sample.status === 500 || sample.status === 503;
  return sample.status === 503 && body.includes(UNAVAILABLE);
}

function describeStatuses(samples: PersonSample[]): string {
  const counts = new Map<number, number>();
  for (const s of samples) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n}× ${status === 0 ? "no answer" : status}`).join(", ") || "none";
}

async function fillCheckIn(page: Page, note: string) {
  await page.getByRole("group", { name: "How pleasant do you feel?" }).getByText("2", { exact: true }).click();
  await page.getByRole("group", { name: "How much energy do you have?" }).getByText("2", { exact: true }).click();
  await page.getByRole("group", { name: "A word for it? (optional)" }).getByText("tired", { exact: true }).click();
  await page.getByLabel("Anything to add?").fill(note);
}

async function killedRunner(postgres: RunningPostgres) {
  console.log("");
  log(`email job: ${JOB_PEOPLE} digests due; the runner is killed twice mid-run …`);
  await postgres.createDatabase("jobs");
  const url = postgres.urlFor("jobs");
  applyMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await seedLinkedCouples(client, JOB_PEOPLE / 2, { noteEmails: false });
  // A week with something in it: an empty week sends no digest.
  await seedDigestWeek(client, JOB_PEOPLE);
  const provider = await startProviderProcess();
  try {
    const runs: string[] = [];
    let now = DIGEST_AT;
    for (const fraction of [1 / 3, 2 / 3]) {
      const runner = spawnRunner(now, url, provider.url);
      while ((await provider.stats()).delivered < JOB_PEOPLE * fraction) {
        if (runner.child.exitCode !== null) break;
        await sleep(50);
      }
      // A runner that is already gone (finished, or failed: its report says which) cannot be killed mid-run.
      if (runner.child.exitCode === null) runner.kill();
      if (await runner.report) check(false, `the runner finished before ${Math.round(fraction * 100)} % was delivered`);
      const leased = await client.query<{ count: string }>(
        `SELECT count(*) FROM "Delivery" WHERE status = 'PENDING' AND "leaseUntil" > $1`,
        [now],
      );
      runs.push(`killed at ${(await provider.stats()).delivered} delivered (${leased.rows[0]!.count} rows left leased)`);
      // The next run comes after the dead runner's leases have expired, as the next cron call would.
      now = new Date(now.getTime() + LEASE_MS + 60_000);
    }
    const last = await spawnRunner(now, url, provider.url).report;
    runs.push(`last runner sent ${last?.sent ?? "?"}`);

    const stats = await provider.stats();
    const rows = await client.query<{ status: string; count: string }>(
      `SELECT status, count(*) FROM "Delivery" GROUP BY status ORDER BY status`,
    );
    const sent = Number(rows.rows.find((r) => r.status === "SENT")?.count ?? 0);
    console.log(`Runs: ${runs.join("; ")}`);
    console.log(
      `Provider: ${stats.delivered} digests delivered to ${stats.recipients} distinct people of ${JOB_PEOPLE}; ${stats.repeatedKeys} requests repeated an Idempotency-Key (sent by a killed runner, outcome never recorded) and were answered without a second email`,
    );
    console.log(
      `Exactly one digest each: ${check(stats.delivered === JOB_PEOPLE && stats.recipients === JOB_PEOPLE, `delivered ${stats.delivered} to ${stats.recipients} people, expected ${JOB_PEOPLE} each once`)}`,
    );
    console.log(
      `Delivery rows: ${rows.rows.map((r) => `${r.status}=${r.count}`).join(" ")} ${check(sent === JOB_PEOPLE && rows.rows.length === 1, "not every delivery row is SENT")}`,
    );
  } finally {
    provider.stop();
    await client.end();
  }
}
