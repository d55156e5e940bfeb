import { TZDate } from "@date-fns/tz";
import { getISOWeek, getISOWeekYear, startOfISOWeek } from "date-fns";

/**
 * The calendar day `now` falls on in `timeZone`, as a plain Date at that
 * day's midnight, for calendar arithmetic only. date-fns week functions on a
 * TZDate recompute the zone's offset on every step, which the weekly digest
 * pays per person (BENCHMARKS.md, "Weekly digest"); one TZDate to read the
 * day, then plain dates, gives the same weeks.
 */
function calendarDay(now: Date, timeZone: string): Date {
  const local = new TZDate(now.getTime(), timeZone);
  return new Date(local.getFullYear(), local.getMonth(), local.getDate());
}

/** The ISO week containing `now` in `timeZone`, e.g. "2026-W47". */
export function isoWeekKey(now: Date, timeZone: string): string {
  const day = calendarDay(now, timeZone);
  return `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, "0")}`;
}

/** A running count of ISO weeks (Monday-based) in `timeZone`, continuous across years. */
export function isoWeekIndex(now: Date, timeZone: string): number {
  const monday = startOfISOWeek(calendarDay(now, timeZone));
  // Count calendar days (not hours) so daylight-saving changes cannot shift the index.
  const days = Date.UTC(monday.getFullYear(), monday.getMonth(), monday.getDate()) / 86_400_000;
  return Math.floor((days + 3) / 7); // 1970-01-01 was a Thursday; +3 makes weeks start on Monday
}

/** A small stable hash, so different couples start the rotation at different practices. */
function offsetFor(scopeKey: string, modulo: number): number {
  let hash = 0;
  for (const char of scopeKey) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % modulo;
}

/**
 * The practice a scope (a couple or a person) gets in a week when nobody has
 * swapped: each week moves one step along the library.
 */
export function rotatedSlug(slugs: readonly string[], scopeKey: string, now: Date, timeZone: string): string {
  if (slugs.length === 0) throw new Error("the practice library is empty");
  const index = (isoWeekIndex(now, timeZone) + offsetFor(scopeKey, slugs.length)) % slugs.length;
  return slugs[index]!;
}

/** A couple shares one practice of the week; someone not linked has their own. */
export function practiceScopeKey(userId: string, coupleId: string | null): string {
  return coupleId ? `couple:${coupleId}` : `user:${userId}`;
}

/** The week's practice for a scope, from the library: the swapped one if any, else the rotation's. */
export function resolvePractice<P extends { slug: string }>(
  library: readonly P[],
  scopeKey: string,
  timeZone: string,
  now: Date,
  swappedSlug?: string | null,
): P {
  const bySlug = (slug: string) => library.find((practice) => practice.slug === slug);
  return (
    (swappedSlug && bySlug(swappedSlug)) ||
    bySlug(
      rotatedSlug(
        library.map((practice) => practice.slug),
        scopeKey,
        now,
        timeZone,
      ),
    )!
  );
}
