import { scaleInWords } from "@/lib/checkins/mood";
import { dateTicks, dayLabel, type Metric, type TrendSeries } from "@/lib/checkins/trends";
import { TrendPlot, type TrendDay } from "./trend-points";

const COLORS = ["#b4533c", "#3f5e49"];
const SCALE = { pleasantness: ["1 very unpleasant", "5 very pleasant"], energy: ["1 drained", "5 full of energy"] } as const;

/** Across: the days, inset so a point on the first or last day is not cut off. Up: 1 to 5. */
const left = (index: number, days: number) => 3 + (index * 94) / Math.max(1, days - 1);
const top = (value: number) => 6 + ((5 - value) * 88) / 4;

/**
 * A line chart per metric: one line per person (solid and dashed, round and
 * square points, so colour is not the only difference), days across, 1-5 up,
 * a gap where nobody shared that day. Lines and grid are SVG; every label is
 * text on the page (never scaled below 12 px); the plot is a slider over the days
 * (components/checkins/trend-points.tsx).
 */
export function TrendChart({ title, metric, series }: { title: string; metric: Metric; series: TrendSeries[] }) {
  const keys = series[0]?.days.map((d) => d.date) ?? [];
  const id = `chart-${metric}`;
  const ticks = dateTicks(keys);
  const points = series.flatMap((s, person) =>
    s.days.flatMap((day, index) => {
      const value = day[metric];
      return value === null ? [] : [{ key: `${s.name}-${day.date}`, left: left(index, keys.length), top: top(value), person }];
    }),
  );
  // Each day in words, for the slider: "Wed 2 Dec: Riley pleasant (4 of 5); Sam so-so (3 of 5)".
  const days: TrendDay[] = keys.map((key, index) => {
    const said = series.flatMap((s) => {
      const day = s.days[index]!;
      const value = day[metric];
      if (value === null) return [];
      return [`${s.name} ${scaleInWords(metric, value)} (${value} of 5${day.count > 1 ? `, ${day.count} check-ins` : ""})`];
    });
    return { left: left(index, keys.length), label: said.length > 0 ? `${dayLabel(key)}: ${said.join("; ")}` : null };
  });
  const axis = (
    <div aria-hidden="true" className="relative ml-6 h-5 text-xs text-muted">
      {ticks.map((tick) =>
        tick.label ? (
          <span
            key={tick.index}
            className={`absolute whitespace-nowrap ${tick.index === keys.length - 1 ? "-translate-x-full" : "-translate-x-1/2"}`}
            style={{ left: `${left(tick.index, keys.length)}%` }}
          >
            {tick.label}
          </span>
        ) : null,
      )}
    </div>
  );
  return (
    <figure className="flex flex-col gap-2" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="flex flex-wrap items-baseline justify-between gap-x-3 font-bold">
        {title}
        <span className="text-xs font-normal text-muted">
          {SCALE[metric][0]} · {SCALE[metric][1]}
        </span>
      </figcaption>
      <ul className="flex flex-wrap gap-4 text-sm" aria-label="Legend">
        {series.map((s, person) => (
          <li key={s.name} className="flex items-center gap-2">
            <svg aria-hidden="true" width="28" height="10" viewBox="0 0 28 10">
              <line
                x1="0"
                x2="28"
                y1="5"
                y2="5"
                stroke={COLORS[person % COLORS.length]}
                strokeWidth="2.5"
                strokeDasharray={person === 1 ? "5 3" : undefined}
              />
            </svg>
            <bdi>{s.name}</bdi>
          </li>
        ))}
      </ul>
      <div className="flex gap-1">
        <div aria-hidden="true" className="relative h-44 w-5 shrink-0 text-xs text-muted">
          {[5, 4, 3, 2, 1].map((v) => (
            <span key={v} className="absolute right-0 -translate-y-1/2" style={{ top: `${top(v)}%` }}>
              {v}
            </span>
          ))}
        </div>
        <div className="min-w-0 flex-1">
          <TrendPlot days={days} label={`${title}: choose a day`} axis={axis} hint="Tap the chart to see a day in words.">
            <svg aria-hidden="true" viewBox="0 0 100 100" preserveAspectRatio="none" className="absolute inset-0 h-full w-full">
              {[1, 2, 3, 4, 5].map((v) => (
                <line
                  key={v}
                  x1="0"
                  x2="100"
                  y1={top(v)}
                  y2={top(v)}
                  stroke="#e6d6c9"
                  strokeWidth={v === 3 ? 1.5 : 1}
                  vectorEffect="non-scaling-stroke"
                />
              ))}
              {ticks.map((tick) => (
                <line
                  key={tick.index}
                  x1={left(tick.index, keys.length)}
                  x2={left(tick.index, keys.length)}
                  y1="0"
                  y2="100"
                  stroke="#f0e4da"
                  strokeWidth={1}
                  vectorEffect="non-scaling-stroke"
                />
              ))}
              {series.map((s, person) =>
                segments(s, metric).map((segment) => (
                  <polyline
                    key={`${s.name}-${segment[0]}`}
                    points={segment.map((i) => `${left(i, keys.length)},${top(s.days[i]![metric]!)}`).join(" ")}
                    fill="none"
                    stroke={COLORS[person % COLORS.length]}
                    strokeWidth={2.5}
                    strokeLinejoin="round"
                    strokeDasharray={person === 1 ? "6 4" : undefined}
                    vectorEffect="non-scaling-stroke"
                  />
                )),
              )}
            </svg>
            {points.map((point) => (
              <span
                key={point.key}
                aria-hidden="true"
                className={`absolute block h-3 w-3 -translate-x-1/2 -translate-y-1/2 border-2 border-white ${point.person === 1 ? "rounded-[2px]" : "rounded-full"}`}
                style={{ left: `${point.left}%`, top: `${point.top}%`, backgroundColor: COLORS[point.person % COLORS.length] }}
              />
            ))}
          </TrendPlot>
        </div>
      </div>
    </figure>
  );
}

/** Runs of consecutive days with a value: a line joins each run; a day alone is its point. */
function segments(series: TrendSeries, metric: Metric): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  series.days.forEach((day, index) => {
    if (day[metric] === null) {
      if (run.length > 1) runs.push(run);
      run = [];
    } else run.push(index);
  });
  if (run.length > 1) runs.push(run);
  return runs;
}
