import { getViewer } from "@/lib/auth/viewer";
import { withErrorResponses } from "@/lib/http/json-route";
import { markWriting, talkPulse } from "@/lib/talk/service";

export const dynamic = "force-dynamic";

/**
 * What an open talk polls every few seconds: its version (a change means a new
 * turn: the page refreshes) and whether the partner is writing. `?writing=1`
 * says the caller is writing. One or two small statements; same-origin only.
 */
export const GET = withErrorResponses(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return Response.json({ error: "This request did not come from Kindred." }, { status: 403 });
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Please sign in." }, { status: 401 });
  const { id } = await context.params;
  const talkId = id.slice(0, 40);
  if (new URL(request.url).searchParams.get("writing") === "1") await markWriting(viewer, talkId);
  return Response.json(await talkPulse(viewer, talkId), { headers: { "cache-control": "no-store" } });
});
