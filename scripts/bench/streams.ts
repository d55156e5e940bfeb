/**
 * npm run bench:streams
 *
 * 1,000 people (500 couples), each with their live stream open at once
 * (/api/live/events) on one `next start` process with PostgreSQL. Prints the
 * server's memory before and with the streams open, then the delivery
 * latency from a committed NOTIFY to the event arriving on the right stream:
 * 200 changes one after another, then one change for every one of the 1,000
 * in a single transaction. Exits 1 when a stream does not open, an event is
 * lost or goes to the wrong person. BENCH_STREAMS=200 runs a smaller version;
 * BENCH_SKIP_BUILD=1 reuses the last `next build`.
 */
import { execFileSync } from "node:child_process";
import { startBenchApp } from "../lib/app-server";
import { freshBenchDatabase, seedLinkedCouples } from "./lib/bench-db";
import { percentile } from "./lib/load";
import { machineLine } from "./lib/machine";

const STREAMS = Number(process.env.BENCH_STREAMS ?? 1_000);
const SEQUENTIAL = 200;
const SESSION_PREFIX = "stream-session-";
const log = (line: string) => console.log(`[bench:streams] ${line}`);

/** Resident memory of the server's whole process group, in MiB. */
function serverRssMiB(pgid: number): number {
  const rows = execFileSync("ps", ["-eo", "pgid=,rss="], { encoding: "utf8" }).trim().split("\n");
  const kib = rows.map((row) => row.trim().split(/\s+/).map(Number)).reduce((sum, [group, rss]) => (group === pgid ? sum + rss! : sum), 0);
  return kib / 1024;
}

type Stream = { person: number; opened: Promise<void>; received: { at: number; event: string }[]; close(): void };

/** Opens person n's stream and records each event with the time it arrived. */
function openStream(appUrl: string, person: number): Stream {
  const controller = new AbortController();
  const received: Stream["received"] = [];
  let markOpen = () => undefined as void;
  let fail = (_error: Error) => undefined as void;
  const opened = new Promise<void>((resolve, reject) => {
    markOpen = resolve;
    fail = reject;
  });
  void (async () => {
    const response = await fetch(`${appUrl}/api/live/events?since=${Date.now()}`, {
      headers: { cookie: `next-auth.session-token=${SESSION_PREFIX}${person}`, "x-forwarded-for": `10.1.${person >> 8}.${person & 255}` },
      signal: controller.signal,
    });
    if (!response.ok || !response.body) throw new Error(`stream ${person}: HTTP ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buffer += chunk.value;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.+)$/m.exec(block)?.[1];
        if (!event || event === "beat") continue;
        received.push({ at: performance.now(), event });
        markOpen();
      }
    }
  })().catch((error: Error) => {
    if (error.name !== "AbortError") fail(error);
  });
  return { person, opened, received, close: () => controller.abort() };
}

const { postgres, url: databaseUrl, client } = await freshBenchDatabase();
let stopApp: (() => Promise<void>) | undefined;
const streams: Stream[] = [];
try {
  await seedLinkedCouples(client, STREAMS / 2, { sessionPrefix: SESSION_PREFIX });
  const app = await startBenchApp(databaseUrl, { log });
  stopApp = app.stop;
  // One stream opens the process's listener and warms the route.
  const warm = openStream(app.url, 1);
  await warm.opened;
  warm.close();
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const rssBefore = serverRssMiB(app.pid);

  const openStart = performance.now();
  for (let person = 1; person <= STREAMS; person += 50) {
    const batch = Array.from({ length: Math.min(50, STREAMS - person + 1) }, (_, i) => openStream(app.url, person + i));
    streams.push(...batch);
    await Promise.all(batch.map((stream) => stream.opened));
  }
  const openSeconds = (performance.now() - openStart) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const rssOpen = serverRssMiB(app.pid);
  log(`${streams.length} streams open in ${openSeconds.toFixed(1)} s`);
  const baseline = streams.map((stream) => stream.received.length);

  const notify = (people: number[]) =>
    client.query(
      `SELECT pg_notify('kindred_partner', json_build_object('to', 'u' || n, 'kind', 'note')::text) FROM unnest($1::int[]) AS n`,
      [people],
    );
  const changes = (stream: Stream, from: number) => stream.received.slice(from).filter((event) => event.event === "change");
  const waitFor = async (check: () => boolean, ms: number) => {
    const deadline = performance.now() + ms;
    while (!check() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    return check();
  };

  // One change at a time, to a person chosen in turn.
  const single: number[] = [];
  let lost = 0;
  for (let i = 0; i < SEQUENTIAL; i++) {
    const stream = streams[(i * 7) % streams.length]!;
    const before = stream.received.length;
    const t0 = performance.now();
    await notify([stream.person]);
    if (await waitFor(() => stream.received.length > before, 5_000)) single.push(stream.received[before]!.at - t0);
    else lost++;
  }

  // One change for everyone, in one transaction.
  const marks = streams.map((stream) => stream.received.length);
  const burstStart = performance.now();
  await notify(streams.map((stream) => stream.person));
  const all = await waitFor(() => streams.every((stream, i) => stream.received.length > marks[i]!), 30_000);
  const burst = streams.flatMap((stream, i) => (stream.received.length > marks[i]! ? [stream.received[marks[i]!]!.at - burstStart] : []));
  lost += streams.length - burst.length;
  const rssAfter = serverRssMiB(app.pid);

  // Each stream got exactly the changes addressed to it: its share of the 200, and one from the burst.
  const expected = (stream: Stream) =>
    Array.from({ length: SEQUENTIAL }, (_, i) => (i * 7) % streams.length).filter((k) => streams[k] === stream).length + 1;
  const misdelivered = streams.filter((stream, i) => changes(stream, baseline[i]!).length !== expected(stream)).length;

  const ms = (values: number[]) =>
    `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;
  console.log("");
  console.log(machineLine());
  console.log(`Streams open on one process: ${streams.length} (opened in ${openSeconds.toFixed(1)} s)`);
  console.log(
    `Server memory (RSS): ${rssBefore.toFixed(0)} MiB with none, ${rssOpen.toFixed(0)} MiB with ${streams.length} open (${(((rssOpen - rssBefore) * 1024) / streams.length).toFixed(1)} KiB a stream), ${rssAfter.toFixed(0)} MiB after the deliveries`,
  );
  console.log(`One change at a time (${single.length} of ${SEQUENTIAL}): ${ms(single)}`);
  console.log(`One change for each of the ${streams.length}, in one transaction: ${ms(burst)}; all delivered: ${all}`);
  console.log(`Lost: ${lost}; streams with a wrong count of changes: ${misdelivered}`);
  if (lost > 0 || misdelivered > 0 || streams.length !== STREAMS) process.exitCode = 1;
} finally {
  streams.forEach((stream) => stream.close());
  await client.end();
  await stopApp?.();
  await postgres.stop();
}
