import type { Metadata } from "next";
import { after } from "next/server";
import { ReachOutCard } from "@/components/bids/reach-out-card";
import { TurningToward } from "@/components/bids/turning-toward";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { getBids, markBidsSeen, turningToward } from "@/lib/bids/service";

export const metadata: Metadata = { title: "Reach out" };

/** Where the app's shortcuts open ("Thinking of you" from the home screen icon): the bid it named comes first. */
export default async function ReachOutPage({ searchParams }: { searchParams: Promise<{ kind?: string | string[] }> }) {
  const viewer = await requireOnboardedViewer();
  const { kind } = await searchParams;
  const partner = viewer.couple?.partner;
  if (!partner) {
    return (
      <>
        <h1 className="text-3xl font-bold">Reach out</h1>
        <Card className="flex flex-col items-start gap-3">
          <p>Reaching out goes to your partner. Invite them from your home page first.</p>
          <ButtonLink href="/home">Go home</ButtonLink>
        </Card>
      </>
    );
  }
  const [bids, toward] = await Promise.all([getBids(viewer), turningToward(viewer)]);
  after(() => markBidsSeen(viewer, bids));
  return (
    <>
      <h1 className="text-3xl font-bold">Reach out</h1>
      <ReachOutCard
        view={bids}
        partnerName={partner.name}
        timeZone={viewer.timeZone}
        chosen={typeof kind === "string" ? kind : undefined}
      />
      <TurningToward toward={toward} />
    </>
  );
}
