"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { idleFormState } from "@/lib/forms/form-state";
import { setEmailKindAction } from "@/lib/preferences/actions";

export function ResubscribeForm({ token, label }: { token: string; label: string }) {
  const [state, action, pending] = useActionState(setEmailKindAction, idleFormState);
  if (state.status === "success") return <FormMessage status="success" message={state.message} />;
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="enabled" value="true" />
      <FormMessage status={state.status} message={state.message} />
      <Button type="submit" variant="secondary" className="self-start" disabled={pending}>
        Resubscribe to {label}
      </Button>
    </form>
  );
}
