import "server-only";
import { headers } from "next/headers";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { clientIp, hitRateLimit } from "@/lib/rate-limit";

/** Writes one person, or one client address, may make per minute before being asked to slow down. */
const WRITE_LIMITS = {
  perPerson: { limit: 60, windowSeconds: 60 },
  perIp: { limit: 600, windowSeconds: 60 },
} as const;

/**
 * Every server action and JSON write passes here first: per person (when signed
 * in) and per client address, counted in PostgreSQL so all instances share it.
 * Returns the message to show when over the limit, or null.
 */
export async function checkWriteLimit(knownViewer?: Viewer): Promise<string | null> {
  const [viewer, requestHeaders] = await Promise.all([knownViewer ?? getViewer(), headers()]);
  const checks = [hitRateLimit(`write-ip:${clientIp(requestHeaders)}`, WRITE_LIMITS.perIp)];
  if (viewer) checks.push(hitRateLimit(`write-user:${viewer.id}`, WRITE_LIMITS.perPerson));
  const results = await Promise.all(checks);
  if (results.every((r) => r.allowed)) return null;
  const wait = Math.max(...results.filter((r) => !r.allowed).map((r) => r.retryAfterSeconds));
  return `That's a lot of changes at once. Please wait ${wait} seconds and try again.`;
}
