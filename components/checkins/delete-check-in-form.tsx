"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { deleteCheckInAction } from "@/lib/checkins/actions";
import { idleFormState } from "@/lib/forms/form-state";

export function DeleteCheckInForm({ checkInId }: { checkInId: string }) {
  const [state, action, pending] = useActionState(deleteCheckInAction, idleFormState);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm("Delete this check-in for good?")) event.preventDefault();
      }}
      className="flex flex-col gap-2"
    >
      <input type="hidden" name="checkInId" value={checkInId} />
      <FormMessage status={state.status} message={state.message} />
      <Button type="submit" variant="danger" className="self-start" disabled={pending}>
        Delete check-in
      </Button>
    </form>
  );
}
