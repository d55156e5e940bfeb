import "server-only";
import { isIP } from "node:net";
import { env, type Env } from "@/lib/env";

/**
 * The client's address, taken only from what the configured, trusted proxy
 * says (TRUST_PROXY):
 * - "vercel": Vercel's own `x-vercel-forwarded-for` (Vercel overwrites it, so
 *   a client cannot set it), then `x-real-ip`.
 * - N (1, 2, …): N proxies in front, each appending the address it saw to
 *   `X-Forwarded-For`; the entry N from the end is the client. Entries before
 *   it were sent by the client and are ignored, so a client cannot pick a
 *   fresh address per request.
 * - 0 (no proxy): the request's own socket address. proxy.ts drops any
 *   `X-Forwarded-For` a client sends, and Next.js then records the socket's
 *   address there.
 * Null when there is no trustworthy address: callers skip per-client limits
 * then, rather than putting every such client into one shared bucket.
 */
export function clientAddress(headers: Headers, trust: Env["TRUST_PROXY"] = env().TRUST_PROXY): string | null {
  if (trust === "vercel") return valid(headers.get("x-vercel-forwarded-for")?.split(",")[0]) ?? valid(headers.get("x-real-ip"));
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return valid(chain[chain.length - Math.max(trust, 1)]);
}

function valid(candidate: string | null | undefined): string | null {
  const address = candidate?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return address && isIP(address) ? address : null;
}
