import { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { withErrorResponses } from "@/lib/http/json-route";
import { liveHub } from "@/lib/live/hub";
import { eventStream, refuseCrossSite } from "@/lib/live/sse";

export const dynamic = "force-dynamic";

/** Where a stream catches up from (a time in ms); anything else is no catch-up, never an error. */
const SinceSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).catch(0);

/**
 * The signed-in person's pages, live: a server-sent event stream that says
 * "change" (with its kind only: note, check-in, response, answer…) each
 * time their partner does something they can see, so the page re-reads it
 * for them and updates quietly. Nothing of what was written travels on it.
 *
 * Catch-up: each event's id is the time it was heard (ms), and so is a
 * "beat" every 15 s. A browser reconnecting sends Last-Event-ID (a first
 * connection sends `since`, the time its page was rendered) and is told what
 * it missed since, or "resync" when this process cannot vouch for that
 * whole time; either way the page re-reads once.
 */
export const GET = withErrorResponses(async (request: Request) => {
  const crossSite = refuseCrossSite(request);
  if (crossSite) return crossSite;
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Please sign in." }, { status: 401 });
  const since = SinceSchema.parse(request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("since") ?? undefined);
  const hub = liveHub();
  await hub.ready();

  return eventStream(
    request,
    (writer) => {
      const unsubscribe = hub.subscribe("partner", viewer.id, (signal) => {
        if ("resync" in signal) writer.send("resync", {}, Date.now());
        else writer.send("change", { kind: signal.kind }, signal.at);
      });
      const missed = since > 0 ? hub.partnerSince(viewer.id, since) : [];
      if ("resync" in missed) writer.send("resync", {}, Date.now());
      else if (missed.length > 0) writer.send("change", { kind: missed.at(-1)!.kind }, Date.now());
      else writer.send("ready", {}, Date.now());
      return unsubscribe;
    },
    { heartbeat: (writer) => writer.send("beat", {}, Date.now()) },
  );
});
