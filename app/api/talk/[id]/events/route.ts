import { withErrorResponses } from "@/lib/http/json-route";
import { liveHub } from "@/lib/live/hub";
import { eventStream } from "@/lib/live/sse";
import { talkCaller } from "@/lib/talk/http";
import { talkPulse } from "@/lib/talk/service";

export const dynamic = "force-dynamic";

type Pulse = Awaited<ReturnType<typeof talkPulse>>;

/**
 * An open talk, live: a server-sent event stream of its pulse (version,
 * whose move, whether the partner is writing), the first at once and then one
 * each time the database announces a change to this talk. Each event's id is
 * the talk's version, so a browser that reconnects (EventSource does so by
 * itself, sending Last-Event-ID) gets the current pulse first and catches up.
 * Every pulse is read for this viewer, as the polled one is: a talk they can
 * no longer open ends the stream.
 */
export const GET = withErrorResponses(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const caller = await talkCaller(request, context);
  if ("refused" in caller) return caller.refused;
  const { viewer, talkId } = caller;
  const first = await talkPulse(viewer, talkId);

  return eventStream(request, (writer) => {
    const send = (pulse: Pulse) => writer.send("pulse", pulse, pulse.version);
    send(first);
    // Pulses are read one after another, so they arrive in order.
    let queue = Promise.resolve();
    return liveHub().subscribe("talk", talkId, () => {
      queue = queue.then(() => talkPulse(viewer, talkId).then(send, () => writer.stop()));
    });
  });
});
