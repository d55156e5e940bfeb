"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";

const WritingContext = createContext<() => void>(() => undefined);

/** Call on every keystroke: the next poll tells the partner "<you> is writing…". */
export function useTalkWriting() {
  return useContext(WritingContext);
}

const POLL_MS = 3_000;
const HIDDEN_POLL_MS = 15_000;

/**
 * Keeps an open talk live without a reload: one small GET every 3 seconds
 * (every 15 while the tab is hidden) returns the talk's version and whether
 * the partner is writing; a new version refreshes the page's data. Works the
 * same on `next start` and on serverless hosts (no open connection to keep).
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
  const wroteSincePoll = useRef(false);
  const markWriting = useCallback(() => {
    wroteSincePoll.current = true;
  }, []);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      const writing = wroteSincePoll.current;
      wroteSincePoll.current = false;
      try {
        const response = await fetch(`/api/talk/${talkId}/pulse${writing ? "?writing=1" : ""}`, { cache: "no-store" });
        if (response.ok) {
          const pulse = (await response.json()) as { version: number; partnerWriting: boolean };
          setPartnerWriting(pulse.partnerWriting);
          if (pulse.version !== version) router.refresh();
        }
      } catch {
        // Offline for a moment: the next poll tries again.
      }
      if (!stopped) timer = setTimeout(poll, document.hidden ? HIDDEN_POLL_MS : POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [talkId, version, router]);

  return (
    <WritingContext.Provider value={markWriting}>
      {children}
      <p role="status" className="min-h-6 text-sm text-muted italic">
        {partnerWriting ? `${partnerName} is writing…` : ""}
      </p>
    </WritingContext.Provider>
  );
}
