import Link from "next/link";
import type { ReactNode } from "react";
import { PartnerLive } from "@/components/live/partner-live";
import { PhoneSync } from "@/components/phone/phone-sync";
import { MainNav } from "@/components/shell/nav";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { unreadNoteCount } from "@/lib/notes/service";
import { partnerWaitingOnQuestion } from "@/lib/questions/service";
import { talksWaitingOnMe } from "@/lib/talk/service";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const viewer = await requireOnboardedViewer();
  // What changes after this render is caught up by the live stream (PartnerLive).
  const renderedAt = new Date();
  // Home's badge: the partner answered today's question and the viewer has not yet.
  // Talk's badge: talks where it is the viewer's move.
  const [unread, questionWaiting, talks] = await Promise.all([
    unreadNoteCount(viewer),
    partnerWaitingOnQuestion(viewer),
    talksWaitingOnMe(viewer),
  ]);
  return (
    <div className="min-h-dvh pb-20 sm:pb-0">
      <header className="border-b border-line/70 bg-cream/90">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-5 py-3">
          <Link href="/home" className="font-serif text-2xl font-bold text-clay">
            Kindred
          </Link>
          <MainNav badges={{ "/notes": unread, "/home": questionWaiting ? 1 : 0, "/talk": talks }} />
        </div>
      </header>
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-6 px-5 py-6 sm:py-10">
        <PhoneSync userId={viewer.id} unread={unread} />
        <PartnerLive since={renderedAt.getTime()} />
        {children}
      </main>
    </div>
  );
}
