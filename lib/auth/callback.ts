/**
 * Where to go after signing in: only a path on this site, so a crafted link
 * cannot send someone elsewhere. An absolute address counts only on
 * `ownOrigin` (next-auth writes the callback in its links that way). Anything
 * else falls back to home.
 */
export function safeCallbackPath(value: unknown, fallback = "/home", ownOrigin?: string): string {
  if (typeof value !== "string" || value === "") return fallback;
  try {
    const base = "http://kindred.invalid";
    const url = new URL(value, base);
    if (url.origin !== base && url.origin !== ownOrigin) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
