import { NextResponse, type NextRequest } from "next/server";

/**
 * Every page gets a fresh nonce and a strict Content-Security-Policy: scripts
 * run only with this request's nonce (Next.js adds it to its own scripts when
 * it finds the policy on the request), never inline without it. Styles allow
 * inline style attributes, which React's style prop and emails use.
 */
export function proxy(request: NextRequest) {
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
    ...(development ? [] : ["upgrade-insecure-requests"]),
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages and route handlers; static files get the other headers from next.config.ts.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icons/|manifest.webmanifest).*)" }],
};
