/**
 * npm run bench:digest
 *
 * Seeds 10,000 couples (20,000 people) with a week of check-ins and notes into
 * a fresh embedded PostgreSQL, then runs the email job (runDueEmails) at the
 * digest hour against a local fake of Resend's HTTP API, and prints digests
 * per second, the number of SQL statements issued, and peak memory.
 * BENCH_RUNNERS runner processes work at once (default 2, one per core), as
 * several app instances or cron invocations would. BENCH_COUPLES=1000 runs a
 * smaller version.
 */
import { cpus, totalmem } from "node:os";
import { spawn } from "node:child_process";
import { freshBenchDatabase, seedLinkedCouples } from "./lib/bench-db";
import { once } from "node:events";

const COUPLES = Number(process.env.BENCH_COUPLES ?? 10_000);
/** Runner processes working at once (the job is safe to run concurrently; one per core). */
const RUNNERS = Number(process.env.BENCH_RUNNERS ?? 2);
const PEOPLE = COUPLES * 2;
const DIGEST_AT = new Date("2026-11-22T18:00:00Z"); // Sunday 18:00 in London, everyone's default
const log = (line: string) => console.log(`[bench:digest] ${line}`);

// The fake provider runs in its own process, as Resend's servers would not share our CPU.
const providerProcess = spawn("npx", ["tsx", "scripts/fake-resend-server.ts"], { stdio: ["ignore", "pipe", "ignore"], detached: true });
const [firstLine] = (await once(providerProcess.stdout!, "data")) as [Buffer];
const provider = { url: firstLine.toString().trim() };
const providerStats = async () => (await (await fetch(`${provider.url}/_stats`)).json()) as { delivered: number; requests: number };
const { postgres, url: databaseUrl, client } = await freshBenchDatabase();
try {
  Object.assign(process.env, { DATABASE_URL: databaseUrl, RESEND_BASE_URL: provider.url, NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret!" });

  const seedStart = performance.now();
  await seedLinkedCouples(client, COUPLES, { noteEmails: false });
  await client.query(`
    INSERT INTO "CheckIn" (id, "authorId", "coupleId", pleasantness, energy, feeling, visibility, note, "createdAt", "updatedAt")
      SELECT 'ci-' || u || '-' || d, 'u' || u, 'c' || ((u + 1) / 2), p, e,
             CASE WHEN p >= 3 AND e >= 3 THEN 'hopeful' WHEN p >= 3 THEN 'calm' WHEN e >= 3 THEN 'anxious' ELSE 'tired' END,
             (CASE WHEN (u + d) % 4 = 0 THEN 'PRIVATE' ELSE 'SHARED' END)::"Visibility",
             CASE WHEN d % 3 = 0 THEN 'A note about day ' || d ELSE NULL END,
             timestamp '2026-11-22 17:00:00' - d * interval '1 day', now()
      FROM generate_series(1, ${PEOPLE}) AS u, generate_series(0, 6) AS d,
           LATERAL (SELECT 1 + (u + d) % 5 AS p, 1 + (u * 3 + d) % 5 AS e) AS mood;
    INSERT INTO "Note" (id, "authorId", "recipientId", "coupleId", body, "createdAt")
      SELECT 'n-' || u || '-' || k, 'u' || u, 'u' || (CASE WHEN u % 2 = 1 THEN u + 1 ELSE u - 1 END), 'c' || ((u + 1) / 2),
             'Thank you for ' || (ARRAY['the coffee','listening','the walk','dinner'])[1 + k % 4] || ' on day ' || k,
             timestamp '2026-11-22 12:00:00' - k * interval '2 days'
      FROM generate_series(1, ${PEOPLE}) AS u, generate_series(0, 2) AS k;
    ANALYZE;
  `);
  const counts = await client.query<{ checkins: string; notes: string }>(`SELECT (SELECT count(*) FROM "CheckIn") AS checkins, (SELECT count(*) FROM "Note") AS notes`);
  log(`seeded ${COUPLES} couples, ${PEOPLE} people, ${counts.rows[0]!.checkins} check-ins, ${counts.rows[0]!.notes} notes in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: RUNNERS }, async () => {
      const child = spawn("npx", ["tsx", "--import", "./scripts/lib/allow-server-only.mjs", "scripts/bench-digest-runner.ts", DIGEST_AT.toISOString()], {
        env: process.env,
        stdio: ["ignore", "pipe", "inherit"],
      });
      let output = "";
      child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const [code] = (await once(child, "exit")) as [number];
      if (code !== 0) throw new Error(`a runner exited with ${code}`);
      return JSON.parse(output.trim().split("\n").at(-1)!) as { sent: number; failed: number; retrying: number; skipped: number; batches: number; statements: number; peakRss: number; peakHeap: number };
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const report = results.reduce((a, b) => ({
    sent: a.sent + b.sent, failed: a.failed + b.failed, retrying: a.retrying + b.retrying, skipped: a.skipped + b.skipped,
    batches: a.batches + b.batches, statements: a.statements + b.statements, peakRss: Math.max(a.peakRss, b.peakRss), peakHeap: Math.max(a.peakHeap, b.peakHeap),
  }));
  const counter = { statements: report.statements };
  const peakRss = report.peakRss;
  const peakHeap = report.peakHeap;

  const { delivered, requests } = await providerStats();
  const stored = await client.query<{ status: string; count: string }>(`SELECT status, count(*) FROM "EmailDelivery" GROUP BY status ORDER BY status`);
  await client.end();

  console.log("");
  console.log(`Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  console.log(`Digests: ${report.sent} sent to ${PEOPLE} people in ${seconds.toFixed(1)} s by ${RUNNERS} runner process(es) at once = ${(report.sent / seconds).toFixed(0)} digests/s (target: all in under 60 s)`);
  console.log(`Provider received ${delivered} messages (${requests} requests); failed=${report.failed} retrying=${report.retrying} skipped=${report.skipped}`);
  console.log(`SQL statements: ${counter.statements} for ${report.batches} batches (${(counter.statements / Math.max(1, report.batches)).toFixed(1)} per batch of up to 200; ${(counter.statements / PEOPLE).toFixed(3)} per person)`);
  console.log(`Peak memory per runner: RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB, heap ${(peakHeap / 2 ** 20).toFixed(0)} MiB`);
  console.log(`Delivery rows: ${stored.rows.map((r) => `${r.status}=${r.count}`).join(" ")}`);
  if (report.sent !== PEOPLE || delivered !== PEOPLE) process.exitCode = 1;
} finally {
  process.kill(-providerProcess.pid!, "SIGTERM");
  providerProcess.stdout?.destroy();
  await postgres.stop();
}
