"use client";

import { useState, type ReactNode } from "react";

export type TrendPoint = { key: string; left: number; top: number; color: string; square: boolean; label: string };

/**
 * The plot of a trend chart (drawn on the server, passed in as `children`)
 * with its points on top: each a button named for its day, person and value,
 * so focus (a keyboard) or a tap (a phone) says it in the line under the axis.
 */
export function TrendPlot({ points, axis, hint, children }: { points: TrendPoint[]; axis: ReactNode; hint: string; children: ReactNode }) {
  const [chosen, setChosen] = useState<TrendPoint | null>(null);
  return (
    <div className="flex flex-col gap-1">
      <div className="relative h-44">
        {children}
        {points.map((point) => (
          <button
            key={point.key}
            type="button"
            aria-label={point.label}
            aria-pressed={chosen?.key === point.key}
            onFocus={() => setChosen(point)}
            onClick={() => setChosen(point)}
            className="group absolute flex h-7 w-7 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-full focus-visible:outline-2 focus-visible:outline-clay"
            style={{ left: `${point.left}%`, top: `${point.top}%` }}
          >
            <span
              aria-hidden="true"
              className={`block h-3 w-3 border-2 border-white group-aria-pressed:h-4 group-aria-pressed:w-4 ${point.square ? "rounded-[2px]" : "rounded-full"}`}
              style={{ backgroundColor: point.color }}
            />
          </button>
        ))}
      </div>
      {axis}
      <p aria-live="polite" className="min-h-6 text-sm">
        {chosen ? chosen.label : <span className="text-muted">{hint}</span>}
      </p>
    </div>
  );
}
