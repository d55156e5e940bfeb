import { withErrorResponses } from "@/lib/http/json-route";
import { setSubscription } from "@/lib/preferences/service";

/**
 * RFC 8058 one-click unsubscribe: mail providers POST here (List-Unsubscribe-Post)
 * with the signed token from the List-Unsubscribe header. No sign-in needed.
 * (The link in the email body opens /unsubscribe, which asks for a tap first.)
 */
export const POST = withErrorResponses(async (request: Request) => {
  const result = await setSubscription(new URL(request.url).searchParams.get("token") ?? "", false);
  if (!result) return Response.json({ error: "This unsubscribe link is not valid." }, { status: 404 });
  return Response.json({ unsubscribed: result.kind });
});
