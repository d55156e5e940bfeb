"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { mayHaveKeptCheckIns } from "@/lib/offline/kept";

/**
 * For a signed-in person on every page: sends check-ins kept on the phone
 * while offline (now, and whenever the connection returns), and keeps the
 * app icon's badge at their unread count where the platform has one.
 */
export function PhoneSync({ userId, unread }: { userId: string; unread: number }) {
  const router = useRouter();
  const [sent, setSent] = useState(0);

  useEffect(() => {
    let running = false;
    const flush = async () => {
      if (running || !navigator.onLine) return;
      running = true;
      try {
        // The queue's code (and IndexedDB's wrapper) loads only when something may be kept.
        if (!(await mayHaveKeptCheckIns())) return;
        const { sendPendingCheckIns } = await import("@/lib/offline/check-in-queue");
        const count = await sendPendingCheckIns(userId);
        if (count > 0) {
          setSent(count);
          router.refresh();
        }
      } finally {
        running = false;
      }
    };
    void flush();
    window.addEventListener("online", flush);
    return () => window.removeEventListener("online", flush);
  }, [userId, router]);

  useEffect(() => {
    if (!("setAppBadge" in navigator)) return;
    void (unread > 0 ? navigator.setAppBadge(unread) : navigator.clearAppBadge()).catch(() => undefined);
  }, [unread]);

  return (
    <p role="status" className={sent > 0 ? "rounded-xl border border-sage/40 bg-sage-light px-4 py-3" : "sr-only"}>
      {sent > 0
        ? `You're back online: ${sent === 1 ? "the check-in kept on this phone was" : `${sent} check-ins kept on this phone were`} sent.`
        : ""}
    </p>
  );
}
