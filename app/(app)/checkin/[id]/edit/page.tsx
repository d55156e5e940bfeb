import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CheckInForm } from "@/components/checkins/check-in-form";
import { DeleteCheckInForm } from "@/components/checkins/delete-check-in-form";
import { Card } from "@/components/ui/card";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { updateCheckInAction } from "@/lib/checkins/actions";
import { getOwnCheckIn } from "@/lib/checkins/service";
import { NotFoundError } from "@/lib/errors";
import { vaultIsOn } from "@/lib/vault/service";

export const metadata: Metadata = { title: "Edit check-in" };

export default async function EditCheckInPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireOnboardedViewer();
  const { id } = await params;
  const [checkIn, sealing] = await Promise.all([
    getOwnCheckIn(viewer, id).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    vaultIsOn(viewer.id),
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold">Edit check-in</h1>
      <CheckInForm
        action={updateCheckInAction}
        initial={{ ...checkIn, checkInId: checkIn.id }}
        submitLabel="Save changes"
        partnerName={viewer.couple?.partner.name ?? null}
        sealFor={sealing ? viewer.id : undefined}
      />
      <Card aria-labelledby="delete-heading" className="flex flex-col gap-3">
        <h2 id="delete-heading" className="text-xl font-bold">
          Delete this check-in
        </h2>
        <p className="text-muted">It is removed for good, with any responses to it.</p>
        <DeleteCheckInForm checkInId={checkIn.id} />
      </Card>
    </>
  );
}
