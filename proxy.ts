import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { SESSION_COOKIES, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-policy";

/**
 * Every page gets a fresh nonce and a strict Content-Security-Policy: scripts
 * run only with this request's nonce (Next.js adds it to its own scripts when
 * it finds the policy on the request), never inline without it. Styles allow
 * inline style attributes, which React's style prop and emails use.
 */
export function proxy(request: NextRequest) {
  const refused = refuseMalformed(request);
  if (refused) return refused;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const development = process.env.NODE_ENV !== "production";
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    // The service worker (public/sw.js): same origin only.
    "worker-src 'self'",
    ...(development ? [] : ["upgrade-insecure-requests"]),
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // With no proxy in front, an X-Forwarded-For a client sends is not to be believed: drop it, and
  // Next.js records the socket's address in its place (lib/rate-limit/client-address.ts).
  if (env().TRUST_PROXY === 0) {
    requestHeaders.delete("x-forwarded-for");
    requestHeaders.delete("x-real-ip");
  }
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  keepSessionCookie(request, response);
  return response;
}

/**
 * The session slides (getViewer extends it in the database as it is used);
 * the cookie must slide with it, or the browser would drop it 90 days after
 * sign-in however often the app is opened. Opening a page sets it again with
 * a fresh lifetime. Only page loads: an API response (sign-out among them)
 * sets its own cookies.
 */
function keepSessionCookie(request: NextRequest, response: NextResponse) {
  if (request.method !== "GET" || request.nextUrl.pathname.startsWith("/api/")) return;
  if (request.headers.get("sec-fetch-dest") !== "document") return;
  for (const name of SESSION_COOKIES) {
    const value = request.cookies.get(name)?.value;
    if (!value) continue;
    response.cookies.set(name, value, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: name.startsWith("__Secure-"),
      maxAge: SESSION_MAX_AGE_SECONDS,
    });
    return;
  }
}

/** Form posts (server actions) carry a form's worth; Next.js refuses more than 1 MB with a 500, so say 413 first. */
const MAX_FORM_BYTES = 1024 * 1024;

/**
 * The 413 page. A post cannot be rewritten to a page (the rewrite would still
 * be the action's POST), so it is answered here: plain, calm, a way back.
 */
const TOO_LARGE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Too much at once · Kindred</title></head><body style="font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1.25rem;color:#2b2420">
<p style="font-family:Georgia,serif;font-size:1.5rem;font-weight:700;color:#b4533c">Kindred</p>
<h1>That was too much to send at once</h1><p>Nothing was saved. Please go back, shorten what you wrote, and try again.</p>
<p><a href="/home" style="color:#8f3f2c;font-weight:600">Go home</a></p></body></html>`;

/**
 * Requests Next.js would answer with a 500: a path with broken percent-encoding
 * (it cannot decode the dynamic segment) and a server action over its body
 * limit. They get 400 and 413 instead: JSON for the API, the friendly page for
 * everything else.
 */
function refuseMalformed(request: NextRequest): NextResponse | null {
  const api = request.nextUrl.pathname.startsWith("/api/");
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    if (api) return NextResponse.json({ error: "That address is not valid." }, { status: 400 });
    return NextResponse.rewrite(new URL("/bad-request", request.url), { status: 400 });
  }
  // Pages take posts only as server actions; JSON routes limit their own bodies (lib/http/json-route.ts).
  if (!api && request.method === "POST" && Number(request.headers.get("content-length") ?? 0) > MAX_FORM_BYTES) {
    return new NextResponse(TOO_LARGE_PAGE, { status: 413, headers: { "content-type": "text/html; charset=utf-8" } });
  }
  return null;
}

export const config = {
  // Pages and route handlers; static files get the other headers from next.config.ts.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icons/|manifest.webmanifest|sw.js|register-sw.js).*)" }],
};
