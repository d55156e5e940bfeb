/**
 * bench:load's talking couples: every couple has one open talk; each partner
 * keeps it open as the page does (a pulse every 3 s) and, when the pulse says
 * the move is theirs, makes it through the JSON turn route after a short
 * think (share, say back, "Yes, that's it", round and round). Measures the
 * pulse (the cost of an open talk) and each turn submission.
 */
import type pg from "pg";
import { percentile } from "./load";
import { sessionCookieFor } from "./people-load";

const POLL_MS = 3_000;
const THINK_MS = 1_000;

/** One open talk per couple c1…cn (u1 speaks first with u2, …). */
export async function seedTalks(client: pg.Client, couples: number): Promise<void> {
  await client.query(`
    INSERT INTO "TalkExchange" (id, "coupleId", topic, "speakerId", "listenerId", phase, "updatedAt")
      SELECT 't' || c, 'c' || c, 'Bench talk ' || c, 'u' || (2 * c - 1), 'u' || (2 * c), 'SPEAKING', now()
      FROM generate_series(1, ${couples}) AS c`);
}

type Sample = { kind: "pulse" | "turn"; ms: number; ok: boolean; status: number };
type Pulse = { version: number; phase: string; yourMove: boolean };

export async function runTalkLoad(options: { appUrl: string; couples: number; durationMs: number }) {
  const { appUrl, couples, durationMs } = options;
  const samples: Sample[] = [];
  const started = performance.now();
  let firstFailure: string | null = null;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function partner(n: number) {
    const talkId = `t${Math.ceil(n / 2)}`;
    const cookie = sessionCookieFor(n);
    const headers = { cookie: `${cookie.name}=${cookie.value}`, "x-forwarded-for": `10.2.${n >> 8}.${n & 255}` };
    // Spread the first polls over one interval, as people open the page at different moments.
    await sleep(Math.random() * POLL_MS);
    while (performance.now() - started < durationMs) {
      const t0 = performance.now();
      let pulse: Pulse | null = null;
      try {
        const response = await fetch(`${appUrl}/api/talk/${talkId}/pulse`, { headers, signal: AbortSignal.timeout(30_000) });
        pulse = response.ok ? ((await response.json()) as Pulse) : null;
        samples.push({ kind: "pulse", ms: performance.now() - t0, ok: response.ok, status: response.status });
      } catch {
        samples.push({ kind: "pulse", ms: performance.now() - t0, ok: false, status: 0 });
      }
      if (pulse?.yourMove) {
        await sleep(THINK_MS);
        const move =
          pulse.phase === "speaking"
            ? { kind: "share", body: `I feel heard when you ask, from ${n}.` }
            : pulse.phase === "reflecting"
              ? { kind: "reflect", body: `What I hear you saying is… (${n})` }
              : { kind: "confirm" };
        const t1 = performance.now();
        try {
          const response = await fetch(`${appUrl}/api/talk/${talkId}/turns`, {
            method: "POST",
            headers: { ...headers, "content-type": "application/json" },
            body: JSON.stringify({ ...move, version: pulse.version }),
            signal: AbortSignal.timeout(30_000),
          });
          const body = await response.text();
          if (response.status !== 201 && !firstFailure) firstFailure = `${response.status} ${body.slice(0, 200)}`;
          samples.push({ kind: "turn", ms: performance.now() - t1, ok: response.status === 201, status: response.status });
        } catch {
          samples.push({ kind: "turn", ms: performance.now() - t1, ok: false, status: 0 });
        }
      }
      await sleep(Math.max(0, POLL_MS - (performance.now() - t0)));
    }
  }
  await Promise.all(Array.from({ length: couples * 2 }, (_, i) => partner(i + 1)));
  const seconds = (performance.now() - started) / 1000;
  const line = (kind: Sample["kind"]) => {
    const list = samples.filter((s) => s.kind === kind);
    const failed = list.filter((s) => !s.ok);
    const statuses = [...new Set(failed.map((s) => s.status))].join(",");
    const times = list.map((s) => s.ms);
    return {
      errors: failed.length,
      text: `${kind.padEnd(8)} n=${String(list.length).padStart(5)} p50=${percentile(times, 50).toFixed(0)} ms p95=${percentile(times, 95).toFixed(0)} ms p99=${percentile(times, 99).toFixed(0)} ms errors=${failed.length}${statuses ? ` (status ${statuses})` : ""}`,
    };
  };
  return {
    pulse: line("pulse"),
    turn: line("turn"),
    firstFailure,
    seconds,
    requestsPerPersonPerSecond: samples.length / seconds / (couples * 2),
  };
}
