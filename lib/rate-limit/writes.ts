import "server-only";
import { headers } from "next/headers";
import type { Viewer } from "@/lib/auth/viewer";
import { clientAddress } from "./client-address";
import { hitRateLimits } from "./counter";
import { LIMITS } from "./limits";

/**
 * Every server action and JSON write passes here first: per person (when signed
 * in) and per client address, counted in PostgreSQL so all instances share it.
 * Returns the message to show when over the limit, or null.
 */
export async function checkWriteLimit(viewer: Viewer | null, now = new Date()): Promise<string | null> {
  const client = clientAddress(await headers());
  const { allowed, retryAfterSeconds } = await hitRateLimits(
    [
      ...(client ? [[`write-client:${client}`, LIMITS.writesPerClient] as const] : []),
      ...(viewer ? [[`write-user:${viewer.id}`, LIMITS.writesPerPerson] as const] : []),
    ],
    now,
  );
  return allowed ? null : `That's a lot of changes at once. Please wait ${retryAfterSeconds} seconds and try again.`;
}
