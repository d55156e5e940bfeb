/**
 * The two requests the browser makes to next-auth (sign-in email, sign out),
 * spoken to its REST endpoints directly. `next-auth/react` does the same with
 * 9.7 kB gzipped of ES5 helpers and error classes, which the sign-in page and
 * Settings downloaded and ran on a phone for two `fetch`es; its `signIn` also
 * asks for the provider list first, one more round trip before the email goes
 * out (BENCHMARKS.md, "Sign-in and Settings without next-auth/react").
 *
 * Both are a POST of the form next-auth's own client sends: the CSRF token
 * from `/api/auth/csrf` (a double-submit cookie) and `json=true`, so the
 * answer is `{ url }` rather than a redirect.
 */
const BASE = "/api/auth";

async function postToAuth(path: string, fields: Record<string, string>): Promise<{ ok: boolean; url: URL | null }> {
  const csrf = await fetch(`${BASE}/csrf`);
  if (!csrf.ok) throw new Error(`next-auth's CSRF endpoint answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${BASE}/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken, json: "true" }),
  });
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  return { ok: response.ok, url: url ? new URL(url, window.location.origin) : null };
}

/**
 * Asks for a sign-in email. The error is next-auth's code (`EmailSignin`), or
 * ours from the route (`RateLimited`, `Unavailable`); null when the email is
 * on its way. Throws when Kindred cannot be reached.
 */
export async function requestSignInEmail(email: string, callbackUrl: string): Promise<{ error: string | null }> {
  const { ok, url } = await postToAuth("signin/email", { email, callbackUrl });
  const error = url?.searchParams.get("error") ?? null;
  return { error: error ?? (ok ? null : "Unknown") };
}

/** Ends the session, then loads `callbackUrl` in full (nothing of the signed-in pages stays in the router). */
export async function signOutTo(callbackUrl: string): Promise<void> {
  const { url } = await postToAuth("signout", { callbackUrl });
  // A full load on purpose: the signed-out page must not come from the client router's cache.
  window.location.assign(url?.href ?? callbackUrl);
}
