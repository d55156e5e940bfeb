import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";
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
 */
export async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "signin/email") {
    const form = await request.clone().formData();
    const email = String(form.get("email") ?? "");
    const allowed = email ? await allowSignInEmail(email, clientAddress(request.headers)).catch(unavailable) : true;
    if (allowed === "unavailable") return Response.json({ url: `${appUrl()}/signin?error=Unavailable` }, { status: 503 });
    if (!allowed) return Response.json({ url: `${appUrl()}/signin?error=RateLimited` }, { status: 429 });
  }
  return NextAuth(request as never, context as never, getAuthOptions());
}

function unavailable(error: unknown): "unavailable" {
  if (isDatabaseUnavailable(error)) return "unavailable";
  throw error;
}
