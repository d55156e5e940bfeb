"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { unlinkAction } from "@/lib/couples/actions";
import { idleFormState } from "@/lib/forms/form-state";

/** Unlinking asks once more, saying exactly what happens. */
export function UnlinkForm({ partnerName }: { partnerName: string }) {
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState(unlinkAction, idleFormState);
  if (!confirming) {
    return (
      <Button type="button" variant="secondary" className="self-start" onClick={() => setConfirming(true)}>
        Unlink from <bdi>{partnerName}</bdi>
      </Button>
    );
  }
  return (
    <form
      action={action}
      className="flex flex-col gap-3 rounded-xl border border-danger/30 bg-red-50/60 p-4"
      aria-label="Confirm unlinking"
    >
      <p className="font-semibold">
        Unlink from <bdi>{partnerName}</bdi>?
      </p>
      <p className="text-sm">
        You&apos;ll both keep your own check-ins and the notes you wrote, but you&apos;ll no longer see each other&apos;s.{" "}
        <bdi>{partnerName}</bdi> will be told by email. You can link again later.
      </p>
      <FormMessage status={state.status} message={state.message} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Unlinking…" : "Yes, unlink"}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
