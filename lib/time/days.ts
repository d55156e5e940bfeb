import { TZDate } from "@date-fns/tz";
import { addDays, format, startOfDay } from "date-fns";

/** The instant the local day containing `instant` began in `timeZone` (DST-safe). */
export function startOfLocalDay(instant: Date, timeZone: string): Date {
  return new Date(startOfDay(new TZDate(instant.getTime(), timeZone)).getTime());
}

/** The calendar date of `instant` in `timeZone`, as "2026-11-22". */
export function localDateKey(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd");
}

/** The last `count` local dates ending with today, oldest first, and when the first began. */
export function lastLocalDays(now: Date, timeZone: string, count: number): { keys: string[]; start: Date } {
  const today = startOfDay(new TZDate(now.getTime(), timeZone));
  const first = addDays(today, -(count - 1));
  const keys = Array.from({ length: count }, (_, i) => format(addDays(first, i), "yyyy-MM-dd"));
  return { keys, start: new Date(first.getTime()) };
}
