import { createHash, timingSafeEqual } from "node:crypto";

/** `Authorization: Bearer <CRON_SECRET>`, compared in constant time. No secret configured: nobody passes. */
export function isAuthorizedCron(header: string | null, secret: string | undefined): boolean {
  if (!secret || !header?.startsWith("Bearer ")) return false;
  // Hash both sides so the comparison takes the same time whatever the lengths.
  const given = createHash("sha256").update(header.slice("Bearer ".length)).digest();
  const expected = createHash("sha256").update(secret).digest();
  return timingSafeEqual(given, expected);
}
