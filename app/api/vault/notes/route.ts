import { getViewer } from "@/lib/auth/viewer";
import { jsonRoute, withErrorResponses } from "@/lib/http/json-route";
import { SealNotesSchema } from "@/lib/vault/schema";
import { plainPrivateNotes, sealPlainNotes } from "@/lib/vault/service";

/** My private notes still in plain text, a page at a time, for the browser to seal. */
export const GET = withErrorResponses(async () => {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Please sign in." }, { status: 401 });
  return Response.json(await plainPrivateNotes(viewer), { headers: { "cache-control": "no-store" } });
});

/** The same notes, sealed: they replace the plain text. */
export const POST = jsonRoute(SealNotesSchema, (viewer, input) => sealPlainNotes(viewer, input));
