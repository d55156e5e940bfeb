import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";
import { requestCookie } from "@/lib/auth/request-cookie";
import { newSignInRequestId, SIGN_IN_REQUEST_COOKIE, withSignInRequest } from "@/lib/auth/sign-in-codes";
import { SIGN_IN_MINUTES } from "@/lib/auth/sign-in-code";
import { allowSignInEmail } from "@/lib/rate-limit/sign-in";
import { appUrl } from "@/lib/env";
import { isDatabaseUnavailable } from "@/lib/errors";
import { clientAddress } from "@/lib/rate-limit/client-address";

type Context = { params: Promise<{ nextauth: string[] }> };

export function GET(request: Request, context: Context) {
  return NextAuth(request as never, context as never, getAuthOptions());
}

/**
 * Sign-in emails are rate-limited here, before next-auth creates a token or
 * sends anything, per address and per client IP. The JSON answer matches what
 * next-auth's client expects, so the sign-in form shows `error=RateLimited`
 * (or `error=Unavailable` while the database is unreachable).
 *
 * Each request for an email is named (a cookie in this browser), and the
 * email's code belongs to that name: only the browser that asked can type it.
 */
export async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") !== "signin/email") return NextAuth(request as never, context as never, getAuthOptions());
  const form = await request.clone().formData();
  const email = String(form.get("email") ?? "");
  const allowed = email ? await allowSignInEmail(email, clientAddress(request.headers)).catch(unavailable) : true;
  if (allowed === "unavailable") return Response.json({ url: `${appUrl()}/signin?error=Unavailable` }, { status: 503 });
  if (!allowed) return Response.json({ url: `${appUrl()}/signin?error=RateLimited` }, { status: 429 });
  const requestId = newSignInRequestId();
  const answer: Response = await withSignInRequest(requestId, () => NextAuth(request as never, context as never, getAuthOptions()));
  const response = new Response(answer.body, answer);
  response.headers.append("set-cookie", requestCookie(SIGN_IN_REQUEST_COOKIE, requestId, SIGN_IN_MINUTES * 60));
  return response;
}

function unavailable(error: unknown): "unavailable" {
  if (isDatabaseUnavailable(error)) return "unavailable";
  throw error;
}
