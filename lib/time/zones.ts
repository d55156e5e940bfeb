import { z } from "zod";

/** True for an IANA time zone name this runtime knows ("Europe/Paris", "UTC"). */
export function isValidTimeZone(name: string): boolean {
  if (!name || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z
  .string({ error: "Choose a time zone" })
  .trim()
  .min(1, "Choose a time zone")
  .refine(isValidTimeZone, "Choose a time zone from the list, e.g. Europe/Paris");

/** Every zone for the picker; the runtime's list plus UTC, which some runtimes leave out. */
export function timeZoneNames(): string[] {
  const names = new Set(Intl.supportedValuesOf("timeZone"));
  names.add("UTC");
  return [...names].sort();
}

/**
 * The zone a new person's form starts on before their browser says theirs:
 * the hosting platform's guess from their address when it sends one
 * (x-vercel-ip-timezone), else UTC. Always a zone from the list.
 */
export function defaultTimeZone(platformHint: string | null): string {
  return platformHint && isValidTimeZone(platformHint) && timeZoneNames().includes(platformHint) ? platformHint : "UTC";
}
