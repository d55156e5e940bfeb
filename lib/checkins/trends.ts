/**
 * Trends in words and ticks, for the chart and its summary. Pure: the days
 * come from getTrends (lib/checkins/service.ts), already in the viewer's calendar.
 */
import { scaleInWords } from "./mood";

export const TREND_VIEWS = [7, 30, 90] as const;
export type TrendView = (typeof TREND_VIEWS)[number];

type TrendDay = { date: string; pleasantness: number | null; energy: number | null; count: number };
export type TrendSeries = { name: string; days: TrendDay[] };
export type Metric = "pleasantness" | "energy";

/** ?days=7|30|90; anything else is the 30-day view. */
export function trendView(param: string | string[] | undefined): TrendView {
  const days = Number(Array.isArray(param) ? param[0] : param);
  return (TREND_VIEWS as readonly number[]).includes(days) ? (days as TrendView) : 30;
}

const day = (key: string) => new Date(`${key}T12:00:00Z`);
// en-GB's September is "Sept"; "Sep" fits the axis like the other months.
const fmt = (key: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(day(key)).replace("Sept", "Sep");

/** "Tue 24 Nov": how a point is named. */
export function dayLabel(key: string): string {
  return fmt(key, { weekday: "short", day: "numeric", month: "short" });
}

/**
 * Where the date ticks go: every day of a week ("Tue"), one a week over 30
 * days ("24 Nov"), and over 90 days a tick a week with every fourth one named
 * so the labels fit a phone. Counted back from today, so today is always named.
 */
export function dateTicks(keys: string[]): { index: number; label: string | null }[] {
  const last = keys.length - 1;
  if (keys.length <= 7) return keys.map((key, index) => ({ index, label: fmt(key, { weekday: "short" }) }));
  const ticks: { index: number; label: string | null }[] = [];
  for (let index = last, week = 0; index >= 0; index -= 7, week++) {
    const named = keys.length <= 31 || week % 4 === 0;
    ticks.unshift({ index, label: named ? fmt(keys[index]!, { day: "numeric", month: "short" }) : null });
  }
  return ticks;
}

const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * One person's stretch in warm words, said after their name: how many days
 * they shared, how it has mostly felt, and which way it has been going.
 */
export function summarise(series: TrendSeries, days: number): string {
  const shared = series.days.filter((d) => d.pleasantness !== null && d.energy !== null);
  if (shared.length === 0) return `hasn't shared a check-in in the last ${days} days.`;
  const pleasant = shared.map((d) => d.pleasantness!);
  const energy = shared.map((d) => d.energy!);
  const dayWord = shared.length === 1 ? "1 day" : `${shared.length} days`;
  const mostly = `${shared.length === 1 ? "It felt" : "Mostly"} ${scaleInWords("pleasantness", average(pleasant))}, ${scaleInWords("energy", average(energy))}`;
  const latest = shared.at(-1)!;
  let direction = "";
  if (shared.length >= 4) {
    const half = Math.floor(shared.length / 2);
    const change = average(pleasant.slice(half)) - average(pleasant.slice(0, half));
    if (change >= 0.5) direction = " Things have been getting lighter lately.";
    else if (change <= -0.5) direction = " It has been heavier lately; a kind word may help.";
    else direction = " Fairly even throughout.";
  }
  return `shared how they felt on ${dayWord} of the last ${days}. ${mostly}; most recently ${scaleInWords("pleasantness", latest.pleasantness!)} and ${scaleInWords("energy", latest.energy!)} (${dayLabel(latest.date)}).${direction}`;
}
