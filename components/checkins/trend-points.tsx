"use client";

import { useState, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";

/** A day of the chart: where it sits across (percent), and what was shared that day in words (null: nothing). */
export type TrendDay = { left: number; label: string | null };

/**
 * The plot of a trend chart (drawn on the server, passed in as `children`)
 * as one slider over its days: a tap anywhere picks the nearest day someone
 * shared, the arrow keys step between such days, and the line under the axis
 * says that day in words. One large target instead of a button per point,
 * which on a phone would be a few pixels apart over 30 or 90 days.
 */
export function TrendPlot({
  days,
  label,
  axis,
  hint,
  children,
}: {
  days: TrendDay[];
  label: string;
  axis: ReactNode;
  hint: string;
  children: ReactNode;
}) {
  const [chosen, setChosen] = useState<number | null>(null);
  const shared = days.flatMap((day, index) => (day.label === null ? [] : [index]));
  const day = chosen === null ? null : days[chosen];
  // Before a day is chosen the slider rests on the latest day someone shared (or the last day), and
  // an arrow key from there picks that day: a slider always has a value for a screen reader to read.
  const resting = shared.at(-1) ?? days.length - 1;

  function pick(event: PointerEvent<HTMLDivElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * 100;
    const nearest = shared.reduce<number | null>(
      (best, index) => (best === null || Math.abs(days[index]!.left - x) < Math.abs(days[best]!.left - x) ? index : best),
      null,
    );
    if (nearest !== null) setChosen(nearest);
  }

  function step(event: KeyboardEvent<HTMLDivElement>) {
    if (shared.length === 0) return;
    const at = chosen === null ? shared.length : shared.indexOf(chosen);
    const next = {
      ArrowLeft: Math.max(0, at - 1),
      ArrowDown: Math.max(0, at - 1),
      ArrowRight: Math.min(shared.length - 1, at + 1),
      ArrowUp: Math.min(shared.length - 1, at + 1),
      Home: 0,
      End: shared.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setChosen(shared[next]!);
  }

  return (
    <div className="flex flex-col gap-1">
      <div
        role="slider"
        tabIndex={shared.length > 0 ? 0 : -1}
        aria-label={label}
        aria-valuemin={1}
        aria-valuemax={days.length}
        aria-valuenow={(chosen ?? resting) + 1}
        aria-valuetext={day?.label ?? hint}
        onPointerDown={pick}
        onKeyDown={step}
        className="relative h-44 cursor-pointer touch-pan-y rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-clay"
      >
        {children}
        {day ? (
          <span aria-hidden="true" className="absolute inset-y-0 w-0.5 -translate-x-1/2 bg-ink/40" style={{ left: `${day.left}%` }} />
        ) : null}
      </div>
      {axis}
      <p aria-live="polite" className="min-h-6 text-sm">
        {day?.label ?? <span className="text-muted">{hint}</span>}
      </p>
    </div>
  );
}
