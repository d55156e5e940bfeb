import { appUrl } from "@/lib/env";

/**
 * A short-lived, httpOnly cookie that names a sign-in step in progress in
 * this browser (an emailed code, a passkey ceremony). Secure whenever the app
 * is served over https; Lax, so another site's form cannot carry it.
 */
export function requestCookie(name: string, value: string, maxAgeSeconds: number): string {
  const secure = new URL(appUrl()).protocol === "https:" ? "; Secure" : "";
  return `${name}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

/** The value of cookie `name` in a request's Cookie header. */
export function cookieFrom(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}
