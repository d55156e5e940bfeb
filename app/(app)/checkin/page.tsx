import type { Metadata } from "next";
import Link from "next/link";
import { CheckInForm } from "@/components/checkins/check-in-form";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { createCheckInAction } from "@/lib/checkins/actions";
import { lastVisibility } from "@/lib/checkins/service";
import { vaultIsOn } from "@/lib/vault/service";

export const metadata: Metadata = { title: "Check in" };

export default async function CheckInPage() {
  const viewer = await requireOnboardedViewer();
  const [visibility, sealing] = await Promise.all([lastVisibility(viewer), vaultIsOn(viewer.id)]);
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-3xl font-bold">How are you feeling?</h1>
        <nav aria-label="Check-ins" className="flex gap-4 text-sm font-semibold">
          <Link href="/checkin/history" className="text-clay-dark underline">
            History
          </Link>
          <Link href="/checkin/trends" className="text-clay-dark underline">
            Trends
          </Link>
        </nav>
      </div>
      <CheckInForm
        action={createCheckInAction}
        initial={{ visibility }}
        submitLabel="Check in"
        partnerName={viewer.couple?.partner.name ?? null}
        offlineFor={viewer.id}
        sealFor={sealing ? viewer.id : undefined}
      />
    </>
  );
}
