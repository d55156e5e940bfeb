"use client";

import { useActionState } from "react";
import { forgetThisDevice } from "@/components/auth/forget-this-device";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { deleteAccountAction } from "@/lib/account/actions";
import { idleFormState, type FormState } from "@/lib/forms/form-state";

/**
 * Once the server has deleted the account, this device forgets what the
 * person left on it (kept pages, note keys, check-ins kept offline), then
 * goes to the start page with a full load, so nothing of theirs stays in memory.
 */
export function DeleteAccountForm({ userId, email }: { userId: string; email: string }) {
  const [state, action, pending] = useActionState(async (previous: FormState, formData: FormData): Promise<FormState> => {
    const result = await deleteAccountAction(previous, formData);
    if (result.status !== "success") return result;
    await forgetThisDevice({ keptCheckIns: userId });
    // A full load, not the router: its cache holds this person's pages.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/?deleted=1");
    return result;
  }, idleFormState);
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
      <Button type="submit" variant="danger" className="self-start" disabled={pending || state.status === "success"}>
        {pending || state.status === "success" ? "Deleting…" : "Delete my account"}
      </Button>
    </form>
  );
}
