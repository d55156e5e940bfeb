"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { acceptInviteAction } from "@/lib/couples/actions";
import { idleFormState } from "@/lib/forms/form-state";

export function AcceptInviteForm({ secret, inviterName }: { secret: string; inviterName: string }) {
  const [state, action, pending] = useActionState(acceptInviteAction, idleFormState);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="secret" value={secret} />
      <FormMessage status={state.status} message={state.message} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Linking…" : `Link with ${inviterName}`}
      </Button>
    </form>
  );
}
