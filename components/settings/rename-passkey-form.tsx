"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { idleFormState, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  passkeyId: string;
  name: string;
};

/** A passkey's name, editable in place. */
export function RenamePasskeyForm({ action, passkeyId, name }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="passkeyId" value={passkeyId} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <TextField
            label="Name"
            name="name"
            id={`passkey-name-${passkeyId}`}
            defaultValue={state.values?.name ?? name}
            maxLength={60}
            required
            error={state.fieldErrors?.name}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Rename"}
        </Button>
      </div>
      <FormMessage status={state.fieldErrors ? "idle" : state.status} message={state.message} />
    </form>
  );
}
