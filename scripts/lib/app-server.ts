import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openSync } from "node:fs";
import { freePort, isPortTaken } from "./ports";

/** `pid` leads the server's process group (npx and the node process under it). */
export type AppServer = { url: string; pid: number; stop(): Promise<void> };

/** `next build` with telemetry off; throws with the build output when it fails. */
export function buildApp(): void {
  const result = spawnSync("npx", ["next", "build"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * `next start` on `port` with `env`, resolved once it answers HTTP. Its errors
 * go to our stderr, or with `logFile` everything it prints goes to that file.
 */
export async function startApp(
  port: number,
  env: Record<string, string>,
  options: { log?: boolean; logFile?: string } = {},
): Promise<AppServer> {
  const url = `http://localhost:${port}`;
  // Never test or measure a server this run did not start: a taken port is an error, not a server to use.
  if (await isPortTaken(port)) {
    throw new Error(
      `Port ${port} is already in use by another program, so Kindred cannot be started on it. Stop that program or choose another port.`,
    );
  }
  const logFd = options.logFile ? openSync(options.logFile, "w") : undefined;
  // BENCH_CPU_PROF=<folder>: the server runs under V8's profiler and writes a .cpuprofile there when stopped.
  const profile = process.env.BENCH_CPU_PROF;
  const [command, args] = profile
    ? ["node", [`--cpu-prof`, `--cpu-prof-dir=${profile}`, "node_modules/next/dist/bin/next", "start", "--port", String(port)]]
    : ["npx", ["next", "start", "--port", String(port)]];
  const child: ChildProcess = spawn(command, args, {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: logFd !== undefined ? ["ignore", logFd, logFd] : options.log ? "inherit" : ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    process.kill(-child.pid, "SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/signin`);
      // Still running means it holds the port: a server that failed to bind would have exited.
      if (response.ok && child.exitCode === null) return { url, pid: child.pid!, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  throw new Error(`next start did not answer on ${url} within 60 s`);
}

/**
 * For the benches: a production build (unless BENCH_SKIP_BUILD=1 reuses the
 * last one), then `next start` on a free port against `databaseUrl`, with a
 * fresh secret and the development mailbox, so no email leaves the machine.
 */
export async function startBenchApp(databaseUrl: string, options: { log: (line: string) => void; logFile?: string }): Promise<AppServer> {
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    options.log("building the app (next build) …");
    buildApp();
  }
  const port = await freePort();
  const env = {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    KINDRED_DEV_MAILBOX: "1",
    // As behind one reverse proxy: each simulated person sends their own X-Forwarded-For, so they are
    // separate clients to the per-client limits, as real people are (not one 127.0.0.1 sharing one limit).
    TRUST_PROXY: "1",
  };
  return startApp(port, env, { logFile: options.logFile });
}
