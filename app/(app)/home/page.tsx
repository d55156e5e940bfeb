import type { Metadata } from "next";
import { InviteCodeForm, InvitePanel } from "@/components/couples/invite-panel";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { getPendingInvite } from "@/lib/couples/service";
import { formatDay } from "@/lib/time/format";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage({ searchParams }: { searchParams: Promise<{ linked?: string; unlinked?: string }> }) {
  const viewer = await requireOnboardedViewer();
  const params = await searchParams;
  return (
    <>
      <div className="flex flex-col gap-1">
        <p className="text-muted">Hello,</p>
        <h1 className="text-3xl font-bold">{viewer.name}</h1>
      </div>
      {params.linked && viewer.couple ? <FormMessage status="success" message={`You're linked with ${viewer.couple.partner.name}.`} /> : null}
      {params.unlinked && !viewer.couple ? <FormMessage status="success" message="You're no longer linked. Everything you wrote stays with you." /> : null}
      {viewer.couple ? (
        <Card aria-labelledby="partner-heading">
          <h2 id="partner-heading" className="text-xl font-bold">
            You and {viewer.couple.partner.name}
          </h2>
          <p className="mt-2 text-muted">You&apos;re linked. Check-ins, notes and a shared practice of the week are coming to this page.</p>
        </Card>
      ) : (
        <UnlinkedHome viewerTimeZone={viewer.timeZone} pendingInvite={await getPendingInvite(viewer)} />
      )}
    </>
  );
}

function UnlinkedHome({ viewerTimeZone, pendingInvite }: { viewerTimeZone: string; pendingInvite: Awaited<ReturnType<typeof getPendingInvite>> }) {
  return (
    <>
      <Card aria-labelledby="invite-heading" className="flex flex-col gap-4">
        <div>
          <h2 id="invite-heading" className="text-xl font-bold">
            Invite your partner
          </h2>
          <p className="mt-1 text-muted">Kindred is for two. Once your partner accepts, you&apos;ll see each other&apos;s check-ins and notes.</p>
        </div>
        <InvitePanel
          pending={
            pendingInvite ? { id: pendingInvite.id, email: pendingInvite.email, expiresOn: formatDay(pendingInvite.expiresAt, viewerTimeZone) } : null
          }
        />
      </Card>
      <Card aria-labelledby="code-heading" className="flex flex-col gap-3">
        <h2 id="code-heading" className="text-xl font-bold">
          Got an invite code?
        </h2>
        <InviteCodeForm />
      </Card>
    </>
  );
}
