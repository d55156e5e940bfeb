"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";

const WritingContext = createContext<() => void>(() => undefined);

/** Call on every keystroke: the partner sees "<you> is writing…". */
export function useTalkWriting() {
  return useContext(WritingContext);
}

const POLL_MS = 3_000;
const HIDDEN_POLL_MS = 15_000;
/** "Is writing" is told at most this often, and shown this long after the last word of it (the server's TYPING_MS). */
const WRITING_EVERY_MS = 3_000;
const WRITING_SHOWN_MS = 8_000;

type Pulse = { version: number; partnerWriting: boolean };

/**
 * Keeps an open talk live without a reload. First choice: a server-sent event
 * stream (/api/talk/[id]/events), which brings the partner's move within a
 * moment of its commit. Where a stream cannot be held (it never opens, or the
 * browser has no EventSource), one small GET every 3 seconds (15 while the
 * tab is hidden) does the same. A new version refreshes the page's data.
 */
export function TalkLive({
  talkId,
  version,
  partnerName,
  children,
}: {
  talkId: string;
  version: number;
  partnerName: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const [partnerWriting, setPartnerWriting] = useState(false);
  const shownVersion = useRef(version);
  const refreshedFor = useRef(version);
  const wroteSincePoll = useRef(false);
  const polling = useRef(false);
  const lastWritingSent = useRef(0);
  const writingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    shownVersion.current = version;
  }, [version]);

  const apply = useCallback(
    (pulse: Pulse) => {
      clearTimeout(writingTimer.current);
      setPartnerWriting(pulse.partnerWriting);
      if (pulse.partnerWriting) writingTimer.current = setTimeout(() => setPartnerWriting(false), WRITING_SHOWN_MS);
      if (pulse.version !== shownVersion.current && pulse.version !== refreshedFor.current) {
        refreshedFor.current = pulse.version;
        router.refresh();
      }
    },
    [router],
  );

  const markWriting = useCallback(() => {
    if (polling.current) {
      wroteSincePoll.current = true;
      return;
    }
    const now = Date.now();
    if (now - lastWritingSent.current < WRITING_EVERY_MS) return;
    lastWritingSent.current = now;
    void fetch(`/api/talk/${talkId}/pulse?writing=1`, { cache: "no-store" }).catch(() => undefined);
  }, [talkId]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      const writing = wroteSincePoll.current;
      wroteSincePoll.current = false;
      try {
        const response = await fetch(`/api/talk/${talkId}/pulse${writing ? "?writing=1" : ""}`, { cache: "no-store" });
        if (response.ok) apply((await response.json()) as Pulse);
      } catch {
        // Offline for a moment: the next poll tries again.
      }
      if (!stopped) timer = setTimeout(poll, document.hidden ? HIDDEN_POLL_MS : POLL_MS);
    };
    const startPolling = () => {
      polling.current = true;
      timer = setTimeout(poll, POLL_MS);
    };

    let source: EventSource | null = null;
    if (typeof EventSource === "undefined") startPolling();
    else {
      let opened = false;
      source = new EventSource(`/api/talk/${talkId}/events`);
      source.addEventListener("pulse", (event) => {
        opened = true;
        apply(JSON.parse((event as MessageEvent<string>).data) as Pulse);
      });
      // EventSource reconnects by itself after a dropped stream; one that never opened (a host that
      // cannot hold it, a proxy that refuses it) or that the browser gave up on falls back to polling.
      source.onerror = () => {
        if (opened && source?.readyState !== EventSource.CLOSED) return;
        source?.close();
        source = null;
        if (!stopped && !polling.current) startPolling();
      };
    }
    return () => {
      stopped = true;
      polling.current = false;
      source?.close();
      clearTimeout(timer);
      clearTimeout(writingTimer.current);
    };
  }, [talkId, apply]);

  return (
    <WritingContext.Provider value={markWriting}>
      {children}
      <p role="status" className="min-h-6 text-sm text-muted italic">
        {partnerWriting ? `${partnerName} is writing…` : ""}
      </p>
    </WritingContext.Provider>
  );
}
