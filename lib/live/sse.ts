import "server-only";

/** A comment line (or event) every 15 s keeps proxies (and phones) from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;
/**
 * A stream is authorised once, when it opens; it ends after five minutes and
 * the browser reconnects (EventSource does so by itself), so a device signed
 * out from Settings, or a partner who unlinked, stops hearing within minutes.
 */
const STREAM_LIFETIME_MS = 5 * 60_000;

export type EventWriter = {
  /** Sends one event; `id` becomes the browser's Last-Event-ID when it reconnects. */
  send(event: string, data: unknown, id?: string | number): void;
  /** Ends the stream (the browser reconnects after its retry pause). */
  stop(): void;
};

/**
 * A server-sent event stream: `open` subscribes to whatever feeds it and
 * returns its unsubscribe; the stream ends (and unsubscribes) when the
 * browser leaves, when `stop` is called, or after its lifetime. `heartbeat`
 * may send an event instead of the default comment.
 */
export function eventStream(
  request: Request,
  open: (writer: EventWriter) => () => void,
  { heartbeat }: { heartbeat?: (writer: EventWriter) => void } = {},
): Response {
  const encoder = new TextEncoder();
  let stop = () => undefined as void;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let live = true;
      const write = (text: string) => {
        if (live) controller.enqueue(encoder.encode(text));
      };
      const writer: EventWriter = {
        send: (event, data, id) => write(`${id === undefined ? "" : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
        stop: () => stop(),
      };
      write("retry: 2000\n\n");
      const unsubscribe = open(writer);
      const beat = setInterval(() => (heartbeat ? heartbeat(writer) : write(": still here\n\n")), HEARTBEAT_MS);
      const lifetime = setTimeout(() => stop(), STREAM_LIFETIME_MS);
      stop = () => {
        if (!live) return;
        live = false;
        clearInterval(beat);
        clearTimeout(lifetime);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      request.signal.addEventListener("abort", stop);
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
}

/** A same-site request from Kindred's own pages, or the answer to send instead. */
export function refuseCrossSite(request: Request): Response | null {
  const site = request.headers.get("sec-fetch-site");
  return site && site !== "same-origin" ? Response.json({ error: "This request did not come from Kindred." }, { status: 403 }) : null;
}
