import { TZDate, tzOffset } from "@date-fns/tz";
import { format } from "date-fns";
import { isoWeekKey } from "@/lib/practices/week";

/**
 * When scheduled emails fall due, in each person's own time zone. Pure
 * functions of (preferences, zone, now), so the runner and the tests agree.
 * A local hour that does not exist (the spring-forward gap) falls on the
 * first instant after it; an hour that happens twice counts once, the first time.
 */

export type Occurrence = { periodKey: string; dueAt: Date };

/**
 * The instant a local wall-clock hour happens in `timeZone`, from the zone's
 * offsets alone, so the server's own time zone never matters (TZDate's
 * component constructor goes through the system zone, which moved a Paris
 * spring-forward reminder by an hour on a server in London). The hour read as
 * UTC, shifted by the zone's offset a day before and a day after, gives one
 * candidate for each side of any change nearby: when both are real (the hour
 * happens twice) the first counts; when neither is (the hour is skipped) the
 * earlier offset moves it forward past the gap, as the clocks do.
 */
export function localInstant(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const wall = Date.UTC(year, month, day, hour);
  const dayMs = 24 * 60 * 60 * 1000;
  const candidates = [tzOffset(timeZone, new Date(wall - dayMs)), tzOffset(timeZone, new Date(wall + dayMs))].map(
    (offset) => wall - offset * 60_000,
  );
  const real = candidates.filter((instant) => instant + tzOffset(timeZone, new Date(instant)) * 60_000 === wall);
  return new Date(real.length > 0 ? Math.min(...real) : candidates[0]!);
}

/**
 * The planner asks each of these for every person, and most people share a
 * zone and an hour: each answer is kept for the instant it was asked about
 * (a few hundred at most): planning 20,000 people took 2.3 s of CPU without
 * this and 1.6 s with it (BENCHMARKS.md, "Weekly digest under 30 s"). Pure,
 * so nothing can go stale.
 */
const answers = new Map<string, Occurrence | null>();
function remembered(key: string, now: Date, compute: () => Occurrence | null): Occurrence | null {
  const full = `${now.getTime()}|${key}`;
  let answer = answers.get(full);
  if (answer === undefined) {
    if (answers.size >= 10_000) answers.clear();
    answer = compute();
    answers.set(full, answer);
  }
  return answer && { periodKey: answer.periodKey, dueAt: new Date(answer.dueAt) };
}

/** The daily check-in reminder: due at the chosen local hour, for the rest of that local day. */
export function reminderOccurrence(hour: number, timeZone: string, now: Date): Occurrence | null {
  return remembered(`reminder|${hour}|${timeZone}`, now, () => computeReminder(hour, timeZone, now));
}

function computeReminder(hour: number, timeZone: string, now: Date): Occurrence | null {
  const local = new TZDate(now.getTime(), timeZone);
  const dueAt = localInstant(local.getFullYear(), local.getMonth(), local.getDate(), hour, timeZone);
  if (now.getTime() < dueAt.getTime()) return null;
  return { periodKey: format(local, "yyyy-MM-dd"), dueAt };
}

/**
 * The weekly digest: the latest local (weekday, hour) at or before now, if it
 * was less than a day ago (a runner that was down longer does not send a stale
 * digest). weekday: 0 = Sunday … 6 = Saturday. The period is the ISO week of
 * that local day, so a person gets at most one digest a week however often
 * they reschedule it (moving the day used to make a new period each time).
 */
export function digestOccurrence(weekday: number, hour: number, timeZone: string, now: Date): Occurrence | null {
  return remembered(`digest|${weekday}|${hour}|${timeZone}`, now, () => computeDigest(weekday, hour, timeZone, now));
}

function computeDigest(weekday: number, hour: number, timeZone: string, now: Date): Occurrence | null {
  const local = new TZDate(now.getTime(), timeZone);
  const daysBack = (local.getDay() - weekday + 7) % 7;
  for (const back of [daysBack, daysBack + 7]) {
    const day = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() - back, 12, 0, timeZone);
    const dueAt = localInstant(day.getFullYear(), day.getMonth(), day.getDate(), hour, timeZone);
    if (dueAt.getTime() > now.getTime()) continue;
    if (now.getTime() - dueAt.getTime() >= 24 * 60 * 60 * 1000) return null;
    return { periodKey: isoWeekKey(dueAt, timeZone), dueAt };
  }
  return null;
}

/**
 * When a person's quiet hours end, if `now` is inside them; null otherwise.
 * Quiet hours run from `start`:00 up to `end`:00 local time and may wrap
 * midnight (22 to 7); equal hours or nulls mean none. A message due inside
 * them waits for this instant rather than being dropped.
 */
export function quietHoursEnd(start: number | null, end: number | null, timeZone: string, now: Date): Date | null {
  if (start === null || end === null || start === end) return null;
  const local = new TZDate(now.getTime(), timeZone);
  const hour = local.getHours();
  const wraps = start > end;
  const inside = wraps ? hour >= start || hour < end : hour >= start && hour < end;
  if (!inside) return null;
  const dayOffset = wraps && hour >= start ? 1 : 0;
  const day = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + dayOffset, 12, 0, timeZone);
  return localInstant(day.getFullYear(), day.getMonth(), day.getDate(), end, timeZone);
}
