/**
 * `npm run dev`: Kindred with nothing set up. Without DATABASE_URL it starts an
 * embedded PostgreSQL (data in .data/postgres), applies migrations, then runs
 * `next dev`, and runs the email job every minute (as a scheduler would in
 * production). Ctrl-C stops Next.js and then the database, cleanly.
 */
import { spawn } from "node:child_process";
import { prepareDatabase } from "./lib/database";
import { clearDevSession, persistentDevSecret, vapidEnv, writeDevSession } from "./lib/secrets";

const port = process.env.PORT ?? "3000";
const log = (line: string) => console.log(`[kindred] ${line}`);

log(process.env.DATABASE_URL ? "Using DATABASE_URL." : "No DATABASE_URL: starting an embedded PostgreSQL in .data/postgres …");
// Migrations are skipped when the database already has them all (scripts/lib/migrate.ts).
const database = await prepareDatabase({ dataDir: ".data/postgres", persistent: true });
log(`Database ready (migrations ${database.migrations}): ${database.url}`);

const env = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? persistentDevSecret(".data/nextauth-secret"),
  CRON_SECRET: process.env.CRON_SECRET ?? persistentDevSecret(".data/cron-secret"),
  ...vapidEnv(),
  NEXT_TELEMETRY_DISABLED: "1",
};
if (!process.env.RESEND_API_KEY) log(`Emails go to the development mailbox: ${env.NEXTAUTH_URL}/dev/mailbox`);
// For `npm run jobs:run` in another terminal: the running database and app, while this runs.
writeDevSession({ databaseUrl: database.url, appUrl: env.NEXTAUTH_URL });

const next = spawn("npx", ["next", "dev", "--port", port], { env, stdio: "inherit" });

// The email job, every minute, through the same protected endpoint a production scheduler calls.
const jobs = setInterval(async () => {
  try {
    const response = await fetch(`http://localhost:${port}/api/cron/email`, { headers: { authorization: `Bearer ${env.CRON_SECRET}` } });
    const report = (await response.json()) as { sent?: number };
    if (report.sent) log(`email job: ${JSON.stringify(report)}`);
  } catch {
    // The server is still starting; the next tick will try again.
  }
}, 60_000);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  clearInterval(jobs);
  // A Ctrl-C in the terminal reaches Next.js too, which may have exited (by the signal: exitCode stays null) before this runs.
  if (next.exitCode === null && next.signalCode === null) {
    next.kill("SIGINT");
    await new Promise((resolve) => next.once("exit", resolve));
  }
  clearDevSession();
  await database.stop();
  log("Stopped.");
  process.exit(code);
}

process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
next.on("exit", (code) => void stop(code ?? 0));
