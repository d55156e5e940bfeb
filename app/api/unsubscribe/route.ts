import { verifyUnsubscribeToken } from "@/lib/email/unsubscribe";
import { withErrorResponses } from "@/lib/http/json-route";
import { setEmailKind } from "@/lib/preferences/service";

/**
 * RFC 8058 one-click unsubscribe: mail providers POST here (List-Unsubscribe-Post)
 * with the signed token from the List-Unsubscribe header. No sign-in needed.
 */
export const POST = withErrorResponses(async (request: Request) => {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const parsed = verifyUnsubscribeToken(token);
  if (!parsed || !(await setEmailKind(parsed.userId, parsed.kind, false))) {
    return Response.json({ error: "This unsubscribe link is not valid." }, { status: 404 });
  }
  return Response.json({ unsubscribed: parsed.kind });
});
