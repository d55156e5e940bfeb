/**
 * Where to go after signing in: only a path on this site, so a crafted link
 * cannot send someone elsewhere. Anything else falls back to home.
 */
export function safeCallbackPath(value: unknown, fallback = "/home"): string {
  if (typeof value !== "string" || value === "") return fallback;
  try {
    const url = new URL(value, "http://kindred.invalid");
    if (url.origin !== "http://kindred.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
