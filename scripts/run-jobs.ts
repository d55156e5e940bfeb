/**
 * npm run jobs:run [-- --now 2026-11-22T18:00:00Z]
 *
 * Runs the notification job (email and push) once against DATABASE_URL, for any scheduler other than
 * Vercel Cron (crontab, systemd timers, Kubernetes CronJobs). --now runs it as
 * if it were that instant (tests, or replaying a missed run). In development,
 * with no DATABASE_URL, it uses the database and secrets of the running
 * `npm run dev`.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { persistentDevSecret, readDevSession, vapidEnv } from "./lib/secrets";

const { values } = parseArgs({ options: { now: { type: "string" } } });
const now = values.now === undefined ? new Date() : z.coerce.date().parse(values.now);
if (Number.isNaN(now.getTime())) {
  console.error("--now must be an ISO date, e.g. 2026-11-22T18:00:00Z");
  process.exit(1);
}

if (!process.env.DATABASE_URL) {
  const dev = readDevSession();
  if (!dev) {
    console.error(
      "No DATABASE_URL, and `npm run dev` is not running: start it first (the job then uses its database), or set DATABASE_URL.",
    );
    process.exit(1);
  }
  Object.assign(process.env, {
    DATABASE_URL: dev.databaseUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? dev.appUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? persistentDevSecret(".data/nextauth-secret"),
    ...vapidEnv(),
  });
}

const { db } = await import("@/lib/db");
const { getMailer } = await import("@/lib/email/mailer");
const { getPusher } = await import("@/lib/notifications/deliver");
const { runScheduledJobs } = await import("@/lib/jobs/run-scheduled");
const report = await runScheduledJobs({ db, mailer: getMailer(), pusher: getPusher(), now, log: (line) => console.warn(line) });
console.log(JSON.stringify({ now: now.toISOString(), ...report }));
await db.$disconnect();
