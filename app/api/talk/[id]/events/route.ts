import { withErrorResponses } from "@/lib/http/json-route";
import { talkHub } from "@/lib/live/talk-hub";
import { talkCaller } from "@/lib/talk/http";
import { talkPulse } from "@/lib/talk/service";

export const dynamic = "force-dynamic";

/** A comment line every 15 s keeps proxies (and phones) from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;
/**
 * A stream is authorised once, when it opens; it ends after five minutes and
 * the browser reconnects (EventSource does so by itself), so a device signed
 * out from Settings, or a partner who unlinked, stops hearing within minutes.
 */
const STREAM_LIFETIME_MS = 5 * 60_000;

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

  const encoder = new TextEncoder();
  let stop = () => undefined as void;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const write = (text: string) => {
        if (open) controller.enqueue(encoder.encode(text));
      };
      const send = (pulse: Awaited<ReturnType<typeof talkPulse>>) =>
        write(`id: ${pulse.version}\nevent: pulse\ndata: ${JSON.stringify(pulse)}\n\n`);
      // Pulses are read one after another, so they arrive in order.
      let queue = Promise.resolve();
      const unsubscribe = talkHub().subscribe(talkId, () => {
        queue = queue.then(() => talkPulse(viewer, talkId).then(send, () => stop()));
      });
      const heartbeat = setInterval(() => write(": still here\n\n"), HEARTBEAT_MS);
      const lifetime = setTimeout(() => stop(), STREAM_LIFETIME_MS);
      stop = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      request.signal.addEventListener("abort", stop);
      write("retry: 2000\n\n");
      send(first);
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // no-transform: Next's compression (and any proxy's) must not buffer the stream.
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  });
});
