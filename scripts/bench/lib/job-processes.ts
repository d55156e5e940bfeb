/**
 * The processes of the email-job benches: a fake Resend API in its own process
 * (a real provider's work is not on our CPU) and runner processes that each run
 * the email job once (scripts/bench/digest-runner.ts), as cron invocations or
 * app instances would.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";

export type ProviderStats = { delivered: number; requests: number; recipients: number; repeatedKeys: number };
export type RunnerReport = {
  sent: number;
  failed: number;
  retrying: number;
  skipped: number;
  batches: number;
  statements: number;
  peakRss: number;
  peakHeap: number;
  /** User + system CPU time of the run. */
  cpuMs: number;
};

export async function startProviderProcess(): Promise<{ url: string; stats(): Promise<ProviderStats>; stop(): void }> {
  const child = spawn("npx", ["tsx", "scripts/bench/fake-resend-server.ts"], { stdio: ["ignore", "pipe", "ignore"], detached: true });
  const [firstLine] = (await once(child.stdout!, "data")) as [Buffer];
  const url = firstLine.toString().trim();
  return {
    url,
    stats: async () => (await (await fetch(`${url}/_stats`)).json()) as ProviderStats,
    stop() {
      process.kill(-child.pid!, "SIGTERM");
      child.stdout?.destroy();
    },
  };
}

/** The V8 flags the email job runs with in production (the Dockerfile's CMD, `npm run jobs:run`). */
export const JOB_NODE_FLAGS = ["--max-semi-space-size=32"];

/**
 * Starts one runner of the email job at `now` (its own process group, so it
 * can be killed outright), against the provider at `providerUrl`. It runs as
 * production does (NODE_ENV=production: React's production build renders the
 * emails, as in `next start`'s cron endpoint; production's V8 flags).
 */
export function spawnRunner(
  now: Date,
  databaseUrl: string,
  providerUrl: string,
  extraEnv: Record<string, string> = {},
): { child: ChildProcess; report: Promise<RunnerReport | null>; kill(): void } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    RESEND_BASE_URL: providerUrl,
    RESEND_API_KEY: "re_bench",
    EMAIL_FROM: "Kindred <hello@bench.example>",
    NEXTAUTH_URL: "http://localhost:3000",
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret!",
    ...extraEnv,
  };
  // BENCH_PROFILE=1 leaves a CPU profile of each runner in .bench/ (open it in Chrome's DevTools).
  const profile = process.env.BENCH_PROFILE === "1" ? ["--cpu-prof", "--cpu-prof-dir=.bench"] : [];
  const child = spawn(
    "npx",
    [
      "tsx",
      ...JOB_NODE_FLAGS,
      ...profile,
      "--import",
      "./scripts/lib/allow-server-only.mjs",
      "scripts/bench/digest-runner.ts",
      now.toISOString(),
    ],
    {
      env,
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    },
  );
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const report = once(child, "exit").then(([code, signal]) => {
    if (signal) return null; // killed: no report
    if (code !== 0) throw new Error(`a runner exited with ${code}`);
    return JSON.parse(output.trim().split("\n").at(-1)!) as RunnerReport;
  });
  return { child, report, kill: () => process.kill(-child.pid!, "SIGKILL") };
}
