import { z } from "zod";
import { cookieFrom } from "@/lib/auth/request-cookie";
import { redeemSignInCode, SIGN_IN_REQUEST_COOKIE } from "@/lib/auth/sign-in-codes";
import { canonicalEmail } from "@/lib/email/address";
import { appUrl } from "@/lib/env";
import { isDatabaseUnavailable } from "@/lib/errors";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { allowSignInAttempt } from "@/lib/rate-limit/sign-in";

const CodeForm = z.object({ email: z.string().trim().min(3).max(254), code: z.string().max(32) });

/** Back to the check-email page, with what went wrong for it to say. */
function backToCode(email: string, error: string, attemptsLeft?: number): Response {
  const params = new URLSearchParams({ email, error });
  if (attemptsLeft !== undefined && attemptsLeft > 0) params.set("left", String(attemptsLeft));
  return Response.redirect(`${appUrl()}/signin/check-email?${params}`, 303);
}

/**
 * The check-email page's code form (a plain form post, so it works before
 * JavaScript has loaded). A right code goes on to next-auth's own email
 * callback with a fresh one-time token, which signs the person in as the link
 * would; anything else comes back to the form with a reason. Never a 500:
 * an outage says so on the form.
 */
export async function POST(request: Request): Promise<Response> {
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(appUrl()).origin)
    return Response.json({ error: "This request did not come from Kindred." }, { status: 403 });
  let fields: Record<string, string>;
  try {
    fields = Object.fromEntries([...(await request.formData()).entries()].map(([key, value]) => [key, String(value)]));
  } catch {
    return Response.json({ error: "Send the code form." }, { status: 400 });
  }
  const parsed = CodeForm.safeParse(fields);
  if (!parsed.success) return backToCode(fields.email ?? "", "malformed");
  const email = canonicalEmail(parsed.data.email);
  try {
    if (!(await allowSignInAttempt("code", clientAddress(request.headers)))) return backToCode(email, "rate_limited");
    const requestId = cookieFrom(request, SIGN_IN_REQUEST_COOKIE);
    if (!requestId) return backToCode(email, "unknown");
    const result = await redeemSignInCode({ requestId, email, code: parsed.data.code });
    if (!result.ok) return backToCode(email, result.reason, result.attemptsLeft);
    return Response.redirect(result.url, 303);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return backToCode(email, "unavailable");
    throw error;
  }
}
