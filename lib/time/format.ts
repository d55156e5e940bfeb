import { localDateKey } from "./days";

/** "29 November 2026" in the person's time zone. */
export function formatDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone }).format(date);
}

/** "Today, 14:05", "Yesterday, 09:30" or "Mon 16 Nov, 18:00", in the viewer's time zone. */
export function formatWhen(date: Date, timeZone: string, now: Date = new Date()): string {
  const day = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
  const time = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(date);
  if (day(date) === day(now)) return `Today, ${time}`;
  if (day(date) === day(new Date(now.getTime() - 24 * 60 * 60 * 1000))) return `Yesterday, ${time}`;
  const dayPart = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short" }).format(date);
  return `${dayPart}, ${time}`;
}

/** "14:05" in the person's time zone. */
export function formatTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(date);
}

/**
 * Which day something belongs to, as a person says it: "today", "yesterday",
 * "Tuesday" within the week, else "12 November".
 */
export function dayInWords(date: Date, timeZone: string, now: Date): string {
  const days = Math.round((Date.parse(localDateKey(now, timeZone)) - Date.parse(localDateKey(date, timeZone))) / 86_400_000);
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days > 1 && days < 7) return new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "long" }).format(date);
  return new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "long" }).format(date);
}
