"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { deleteAccountAction } from "@/lib/account/actions";
import { idleFormState } from "@/lib/forms/form-state";

export function DeleteAccountForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState(deleteAccountAction, idleFormState);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <FormMessage status={state.status} message={state.fieldErrors?.confirmEmail ? undefined : state.message} />
      <TextField
        label={
          <>
            Type <span className="break-all">{email}</span> to confirm
          </>
        }
        name="confirmEmail"
        type="email"
        autoComplete="off"
        error={state.fieldErrors?.confirmEmail}
      />
      <Button type="submit" variant="danger" className="self-start" disabled={pending}>
        {pending ? "Deleting…" : "Delete my account"}
      </Button>
    </form>
  );
}
