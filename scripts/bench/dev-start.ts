/**
 * npm run bench:dev
 *
 * `npm run dev` as a newcomer starts it: twice in a row, each until the
 * landing page answers 200, then Ctrl-C (SIGINT) until it prints "Stopped."
 * and exits. Prints for each start when the database was ready, when Next.js
 * said Ready and when the first page came, and fails when a second start
 * takes longer than 6 s to its first page or a stop does not say "Stopped.".
 * Uses the development database in .data/ (made on the first start if there
 * is none) and a free port.
 */
import { spawn } from "node:child_process";
import { freePort } from "../lib/ports";
import { machineLine } from "./lib/machine";

const SECOND_START_BUDGET_MS = 6_000;

type Start = { databaseMs: number | null; nextReadyMs: number | null; firstPageMs: number; stopped: boolean; output: string };

async function startOnce(): Promise<Start> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn("npm", ["run", "dev"], {
    env: { ...process.env, PORT: String(port) },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let databaseMs: number | null = null;
  let nextReadyMs: number | null = null;
  const read = (chunk: Buffer) => {
    output += chunk.toString();
    if (databaseMs === null && output.includes("Database ready")) databaseMs = performance.now() - started;
    if (nextReadyMs === null && /Ready in/.test(output)) nextReadyMs = performance.now() - started;
  };
  child.stdout.on("data", read);
  child.stderr.on("data", read);
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));

  let firstPageMs: number | null = null;
  while (firstPageMs === null) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited early:\n${output}`);
    if (performance.now() - started > 180_000) throw new Error(`no page within 3 minutes:\n${output}`);
    try {
      const response = await fetch(`http://localhost:${port}/`);
      if (response.status === 200) firstPageMs = performance.now() - started;
    } catch {
      // not listening yet
    }
    if (firstPageMs === null) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.kill(-child.pid!, "SIGINT"); // Ctrl-C reaches the whole terminal's process group
  await exited;
  return { databaseMs, nextReadyMs, firstPageMs, stopped: /Stopped\.\s*$/.test(output.trimEnd() + "\n"), output };
}

const seconds = (ms: number | null) => (ms === null ? "—" : `${(ms / 1000).toFixed(1)} s`);

console.log(machineLine());
const starts: Start[] = [];
for (const label of ["first start", "second start"]) {
  const start = await startOnce();
  starts.push(start);
  console.log(
    `${label}: database ready ${seconds(start.databaseMs)}, Next.js ready ${seconds(start.nextReadyMs)}, first page ${seconds(start.firstPageMs)}; ${start.stopped ? 'Ctrl-C: "Stopped."' : "Ctrl-C did NOT end with Stopped."}`,
  );
  // Next.js's own account of the first page: "GET / 200 in 5.1s (next.js: 4.5s, proxy.ts: 197ms, application-code: 423ms)".
  const firstGet = /GET \/ 200 in [^\n]*/.exec(start.output)?.[0];
  if (firstGet) console.log(`  ${firstGet}`);
}
const second = starts[1]!;
const problems = [
  ...(second.firstPageMs > SECOND_START_BUDGET_MS
    ? [`second start took ${seconds(second.firstPageMs)} (budget ${seconds(SECOND_START_BUDGET_MS)})`]
    : []),
  ...starts.flatMap((s, i) => (s.stopped ? [] : [`start ${i + 1} did not end with "Stopped.":\n${s.output.slice(-2000)}`])),
];
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
