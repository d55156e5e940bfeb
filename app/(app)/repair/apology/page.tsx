import type { Metadata } from "next";
import Link from "next/link";
import { ApologyForm } from "@/components/repair/apology-form";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { requireOnboardedViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "An apology" };

export default async function ApologyPage() {
  const viewer = await requireOnboardedViewer();
  const partner = viewer.couple?.partner;
  return (
    <>
      <div className="flex flex-col gap-1">
        <p className="text-sm text-muted">
          <Link href="/repair" className="underline">
            Our repair list
          </Link>
        </p>
        <h1 className="text-3xl font-bold">{partner ? `An apology to ${partner.name}` : "An apology"}</h1>
        <p className="text-muted">
          A real apology has four parts. Take your time: {partner?.name ?? "your partner"} can answer when they are ready, and nothing of it
          shows on a lock screen.
        </p>
      </div>
      <Card>
        {partner ? (
          <ApologyForm partnerName={partner.name} />
        ) : (
          <div className="flex flex-col items-start gap-3">
            <p>An apology goes to your partner. Invite them from your home page first.</p>
            <ButtonLink href="/home">Go home</ButtonLink>
          </div>
        )}
      </Card>
    </>
  );
}
