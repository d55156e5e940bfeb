/**
 * npm run bench:push
 *
 * 20,000 people, each with one subscribed phone and one message due (their
 * daily check-in reminder, which the runner plans itself), in a fresh embedded
 * PostgreSQL; BENCH_RUNNERS runner processes (default 2, one per core) run the
 * notification job at once against the fake push service, which checks every
 * VAPID signature and decrypts every payload as a phone would. Prints pushes
 * per second, SQL statements per batch and peak memory; exits 1 when a push is
 * lost or repeated, or the 60 s target is missed. BENCH_PEOPLE=2000 runs a
 * smaller version.
 */
import webpush from "web-push";
import { startFakePushService } from "../lib/fake-push-service";
import { freshBenchDatabase } from "./lib/bench-db";
import { spawnRunner, startProviderProcess } from "./lib/job-processes";
import { machineLine } from "./lib/machine";

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 20_000);
const RUNNERS = Number(process.env.BENCH_RUNNERS ?? 2);
const RUN_AT = new Date("2026-11-24T20:00:00Z"); // 20:00 in London: everyone's reminder hour
const log = (line: string) => console.log(`[bench:push] ${line}`);

const pushService = await startFakePushService();
const provider = await startProviderProcess(); // no email is due; the runner still needs a provider
const { postgres, url: databaseUrl, client } = await freshBenchDatabase();
try {
  const seedStart = performance.now();
  const subscriptions = Array.from({ length: PEOPLE }, () => pushService.subscribe());
  await client.query(
    `INSERT INTO "User" (id, email, name, "timeZone", "emailVerified", "updatedAt", "createdAt", "reminderEnabled", "reminderHour", "digestEnabled")
       SELECT 'u' || i, 'person' || i || '@bench.example', 'Person ' || i, 'Europe/London', now(), now(), timestamp '2026-10-01', true, 20, false
       FROM generate_series(1, ${PEOPLE}) AS i`,
  );
  await client.query(
    `INSERT INTO "PushDevice" (id, "userId", endpoint, p256dh, auth, label)
       SELECT 'd' || i, 'u' || i, s.endpoint, s.p256dh, s.auth, 'Chrome on Android'
       FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS s(endpoint, p256dh, auth, i)`,
    [subscriptions.map((s) => s.endpoint), subscriptions.map((s) => s.keys.p256dh), subscriptions.map((s) => s.keys.auth)],
  );
  log(`seeded ${PEOPLE} people, each with one phone, in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  const vapid = webpush.generateVAPIDKeys();
  const env = { VAPID_PUBLIC_KEY: vapid.publicKey, VAPID_PRIVATE_KEY: vapid.privateKey, VAPID_SUBJECT: "mailto:bench@kindred.localhost" };
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: RUNNERS }, async () => {
      const report = await spawnRunner(RUN_AT, databaseUrl, provider.url, env).report;
      if (!report) throw new Error("a runner was killed");
      return report;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sum = (key: "sent" | "failed" | "retrying" | "skipped" | "batches" | "statements") =>
    results.reduce((total, r) => total + r[key], 0);
  const perDevice = new Map<string, number>();
  for (const received of pushService.received) perDevice.set(received.subscriptionId, (perDevice.get(received.subscriptionId) ?? 0) + 1);
  const repeated = [...perDevice.values()].filter((count) => count > 1).length;
  const stored = await client.query<{ status: string; count: string }>(
    `SELECT status, count(*) FROM "Delivery" GROUP BY status ORDER BY status`,
  );

  console.log("");
  console.log(machineLine());
  console.log(
    `Pushes: ${sum("sent")} sent to ${PEOPLE} phones in ${seconds.toFixed(1)} s by ${RUNNERS} runner process(es) at once = ${(sum("sent") / seconds).toFixed(0)} pushes/s (target: all in under 60 s)`,
  );
  console.log(
    `Push service: ${pushService.received.length} received and decrypted, ${perDevice.size} phones reached, ${repeated} reached twice, ${pushService.problems.length} refused; failed=${sum("failed")} retrying=${sum("retrying")} skipped=${sum("skipped")}`,
  );
  console.log(
    `SQL statements: ${sum("statements")} for ${sum("batches")} batches (${(sum("statements") / Math.max(1, sum("batches"))).toFixed(1)} per batch of up to 500; ${(sum("statements") / PEOPLE).toFixed(3)} per person)`,
  );
  console.log(
    `Peak memory per runner: RSS ${(Math.max(...results.map((r) => r.peakRss)) / 2 ** 20).toFixed(0)} MiB, heap ${(Math.max(...results.map((r) => r.peakHeap)) / 2 ** 20).toFixed(0)} MiB`,
  );
  console.log(`Delivery rows: ${stored.rows.map((r) => `${r.status}=${r.count}`).join(" ")}`);
  if (sum("sent") !== PEOPLE || perDevice.size !== PEOPLE || repeated > 0 || pushService.problems.length > 0) {
    console.log(`LOST OR REPEATED: every one of the ${PEOPLE} phones must get exactly one push`);
    process.exitCode = 1;
  }
  if (seconds >= 60) {
    console.log(`MISSED: the target is all ${PEOPLE} pushes in under 60 s`);
    process.exitCode = 1;
  }
} finally {
  await client.end();
  provider.stop();
  await pushService.close();
  await postgres.stop();
}
