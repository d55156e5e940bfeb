import type { TrendSeries } from "@/lib/checkins/service";

const COLORS = ["#b4533c", "#4f6b58"];
const WIDTH = 320;
const HEIGHT = 150;
const PAD = { left: 22, right: 8, top: 10, bottom: 22 };

/**
 * A small line chart drawn on the server as SVG: one line per person, days
 * across, 1-5 up. Gaps where nobody shared a check-in that day.
 */
export function TrendChart({ title, metric, series }: { title: string; metric: "pleasantness" | "energy"; series: TrendSeries[] }) {
  const days = series[0]?.days.length ?? 30;
  const x = (i: number) => PAD.left + (i * (WIDTH - PAD.left - PAD.right)) / Math.max(1, days - 1);
  const y = (v: number) => PAD.top + ((5 - v) * (HEIGHT - PAD.top - PAD.bottom)) / 4;
  const id = `chart-${metric}`;
  return (
    <figure className="flex flex-col gap-2">
      <figcaption id={`${id}-title`} className="font-bold">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="w-full">
        <desc id={`${id}-desc`}>{describe(series, metric)}</desc>
        {[1, 2, 3, 4, 5].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} stroke="#e6d6c9" strokeWidth={v === 3 ? 1 : 0.5} />
            <text x={PAD.left - 6} y={y(v) + 3.5} fontSize="10" textAnchor="end" fill="#6e5850">
              {v}
            </text>
          </g>
        ))}
        <text x={PAD.left} y={HEIGHT - 6} fontSize="10" fill="#6e5850">
          30 days ago
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 6} fontSize="10" textAnchor="end" fill="#6e5850">
          today
        </text>
        {series.map((s, index) => {
          const color = COLORS[index % COLORS.length];
          const segments: string[] = [];
          let current = "";
          s.days.forEach((day, i) => {
            const value = day[metric];
            if (value === null) {
              if (current) segments.push(current);
              current = "";
              return;
            }
            current += `${current ? "L" : "M"}${x(i).toFixed(1)},${y(value).toFixed(1)}`;
          });
          if (current) segments.push(current);
          return (
            <g key={s.name}>
              {segments.map((d) => (
                <path
                  key={d}
                  d={d}
                  fill="none"
                  stroke={color}
                  strokeWidth={2}
                  strokeLinejoin="round"
                  strokeDasharray={index === 1 ? "5 3" : undefined}
                />
              ))}
              {s.days.map((day, i) =>
                day[metric] === null ? null : <circle key={day.date} cx={x(i)} cy={y(day[metric]!)} r={2.5} fill={color} />,
              )}
            </g>
          );
        })}
      </svg>
      <ul className="flex flex-wrap gap-4 text-sm" aria-hidden="true">
        {series.map((s, index) => (
          <li key={s.name} className="flex items-center gap-2">
            <span className="inline-block h-1 w-6 rounded" style={{ backgroundColor: COLORS[index % COLORS.length] }} />
            <bdi>{s.name}</bdi>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** The chart in words, for screen readers (and anyone who prefers text). */
export function describe(series: TrendSeries[], metric: "pleasantness" | "energy"): string {
  return series
    .map((s) => {
      const values = s.days.map((d) => d[metric]).filter((v): v is number => v !== null);
      if (values.length === 0) return `${s.name}: no shared check-ins in the last 30 days.`;
      const average = values.reduce((a, b) => a + b, 0) / values.length;
      const last = values.at(-1)!;
      return `${s.name}: ${metric} averaged ${average.toFixed(1)} out of 5 over ${values.length} day${values.length === 1 ? "" : "s"} with shared check-ins, most recently ${last}.`;
    })
    .join(" ");
}
