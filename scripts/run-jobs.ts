/**
 * npm run jobs:run [-- --now 2026-11-22T18:00:00Z]
 *
 * Runs the email job once against DATABASE_URL, for any scheduler other than
 * Vercel Cron (crontab, systemd timers, Kubernetes CronJobs). --now runs it as
 * if it were that instant (tests, or replaying a missed run).
 */
import { parseArgs } from "node:util";
import { z } from "zod";

const { values } = parseArgs({ options: { now: { type: "string" } } });
const now = values.now === undefined ? new Date() : z.coerce.date().parse(values.now);
if (Number.isNaN(now.getTime())) {
  console.error("--now must be an ISO date, e.g. 2026-11-22T18:00:00Z");
  process.exit(1);
}

const { db } = await import("@/lib/db");
const { getMailer } = await import("@/lib/email/mailer");
const { runScheduledJobs } = await import("@/lib/jobs/run-scheduled");
const report = await runScheduledJobs({ db, mailer: getMailer(), now, log: (line) => console.warn(line) });
console.log(JSON.stringify({ now: now.toISOString(), ...report }));
await db.$disconnect();
