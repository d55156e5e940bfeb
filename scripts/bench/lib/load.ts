/** A small closed-loop load generator: `concurrency` workers, each sending one request after another. */

export type Sample = { ms: number; ok: boolean; status: number; body?: unknown };

export async function runLoad(options: {
  concurrency: number;
  /** Stop after this many requests in total … */
  requests?: number;
  /** … or after this many milliseconds. */
  durationMs?: number;
  send: (index: number) => Promise<{ status: number; ok: boolean; body?: unknown }>;
}): Promise<{ samples: Sample[]; elapsedMs: number }> {
  const samples: Sample[] = [];
  const started = performance.now();
  let issued = 0;
  const more = () =>
    (options.requests === undefined || issued < options.requests) &&
    (options.durationMs === undefined || performance.now() - started < options.durationMs);
  const worker = async () => {
    while (more()) {
      const index = issued++;
      const t0 = performance.now();
      try {
        const result = await options.send(index);
        samples.push({ ms: performance.now() - t0, ...result });
      } catch {
        samples.push({ ms: performance.now() - t0, ok: false, status: 0 });
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { samples, elapsedMs: performance.now() - started };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarize(samples: Sample[]): string {
  const times = samples.map((s) => s.ms);
  const errors = samples.filter((s) => !s.ok).length;
  return `n=${samples.length} p50=${percentile(times, 50).toFixed(1)} ms p95=${percentile(times, 95).toFixed(1)} ms p99=${percentile(times, 99).toFixed(1)} ms errors=${errors}`;
}
