import { withErrorResponses } from "@/lib/http/json-route";
import { talkCaller } from "@/lib/talk/http";
import { markWriting, talkPulse } from "@/lib/talk/service";

export const dynamic = "force-dynamic";

/**
 * What an open talk polls every few seconds: its version (a change means a new
 * turn: the page refreshes) and whether the partner is writing. `?writing=1`
 * says the caller is writing. One or two small statements; same-origin only.
 */
export const GET = withErrorResponses(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const caller = await talkCaller(request, context);
  if ("refused" in caller) return caller.refused;
  const { viewer, talkId } = caller;
  if (new URL(request.url).searchParams.get("writing") === "1") await markWriting(viewer, talkId);
  return Response.json(await talkPulse(viewer, talkId), { headers: { "cache-control": "no-store" } });
});
