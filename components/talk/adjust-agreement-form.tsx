"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { idleFormState } from "@/lib/forms/form-state";
import { adjustAgreementAction } from "@/lib/talk/actions";

/** New words for an agreement after its follow-up; both are asked again a week later. */
export function AdjustAgreementForm({ agreementId, text }: { agreementId: string; text: string }) {
  const [state, action, pending] = useActionState(adjustAgreementAction, idleFormState);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold">Adjust it</summary>
      <form action={action} className="mt-2 flex flex-col gap-3">
        <input type="hidden" name="agreementId" value={agreementId} />
        <TextField
          label="The agreement, as you'd like it now"
          name="text"
          id={`adjust-${agreementId}`}
          defaultValue={state.values?.text ?? text}
          maxLength={200}
          error={state.fieldErrors?.text}
        />
        <div>
          <Button type="submit" disabled={pending}>
            Save the new words
          </Button>
        </div>
        <FormMessage status={state.status} message={state.status === "error" && state.fieldErrors?.text ? undefined : state.message} />
      </form>
    </details>
  );
}
