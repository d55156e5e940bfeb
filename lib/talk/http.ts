import "server-only";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { refuseCrossSite } from "@/lib/live/sse";

/**
 * What the talk's GET endpoints (pulse, events) start with: a request from
 * Kindred's own pages only, a session, and the talk's id from the path. The
 * answer to send instead, when any is missing.
 */
export async function talkCaller(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<{ viewer: Viewer; talkId: string } | { refused: Response }> {
  const crossSite = refuseCrossSite(request);
  if (crossSite) return { refused: crossSite };
  const viewer = await getViewer();
  if (!viewer) return { refused: Response.json({ error: "Please sign in." }, { status: 401 }) };
  const { id } = await context.params;
  return { viewer, talkId: id.slice(0, 40) };
}
