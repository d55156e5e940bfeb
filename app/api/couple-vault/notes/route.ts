import { getViewer } from "@/lib/auth/viewer";
import { jsonRoute, withErrorResponses } from "@/lib/http/json-route";
import { plainCoupleNotes, sealCoupleNotes } from "@/lib/vault/couple";
import { SealCoupleNotesSchema } from "@/lib/vault/schema";

/** The couple's notes and replies still in words, a page at a time, for the browser to seal. */
export const GET = withErrorResponses(async () => {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Please sign in." }, { status: 401 });
  return Response.json(await plainCoupleNotes(viewer), { headers: { "cache-control": "no-store" } });
});

/** The same, sealed with the couple key: they replace the words. */
export const POST = jsonRoute(SealCoupleNotesSchema, (viewer, input) => sealCoupleNotes(viewer, input));
