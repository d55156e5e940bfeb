"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

/** A burst of changes (a check-in and its note, two quick taps) is one refresh. */
const SETTLE_MS = 150;

/**
 * Keeps the signed-in person's pages live: a server-sent event stream
 * (/api/live/events) says when their partner did something they can see (a
 * note, a shared check-in, a response, an answer, a move in a talk), and the
 * page's data is re-read quietly, with no reload and no jump (router.refresh
 * keeps scroll and what is being typed). While the tab is hidden the refresh
 * waits until it is shown again. `since` is when the page was rendered: what
 * happened between then and the stream opening is caught up. Where no stream
 * can be held, the page refreshes when it is shown again.
 */
export function PartnerLive({ since }: { since: number }) {
  const router = useRouter();
  const pathname = usePathname();
  const path = useRef(pathname);
  const renderedAt = useRef(since);

  useEffect(() => {
    path.current = pathname;
  }, [pathname]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    let streaming = false;
    const refresh = () => {
      if (document.hidden) {
        pending = true;
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), SETTLE_MS);
    };
    const shown = () => {
      if (document.hidden) return;
      // Without a stream, a page shown again may be out of date; with one, only if a change waited.
      if (pending || !streaming) {
        pending = false;
        refresh();
      }
    };
    document.addEventListener("visibilitychange", shown);

    let source: EventSource | null = null;
    if (typeof EventSource !== "undefined") {
      source = new EventSource(`/api/live/events?since=${renderedAt.current}`);
      source.addEventListener("ready", () => (streaming = true));
      source.addEventListener("resync", () => {
        streaming = true;
        refresh();
      });
      source.addEventListener("change", (event) => {
        streaming = true;
        const { kind } = JSON.parse((event as MessageEvent<string>).data) as { kind: string };
        // An open talk keeps itself live (TalkLive); the rest of the app refreshes.
        if (kind === "talk" && /^\/talk\/[^/]+$/.test(path.current)) return;
        refresh();
      });
      // EventSource reconnects by itself (and catches up through Last-Event-ID); one the browser gave up on is closed.
      source.onerror = () => {
        if (source?.readyState === EventSource.CLOSED) streaming = false;
      };
    }
    return () => {
      source?.close();
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", shown);
    };
  }, [router]);

  return null;
}
