"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { CountedTextArea, FormMessage } from "@/components/ui/field";
import { idleFormState } from "@/lib/forms/form-state";
import { addOwnPhraseAction } from "@/lib/repair/actions";

/** A phrase in the person's own words for their repair list, shared or kept to themselves. */
export function OwnPhraseForm({ partnerName, max }: { partnerName: string | null; max: number }) {
  const [state, action, pending] = useActionState(addOwnPhraseAction, idleFormState);
  const [text, setText] = useState("");
  const [shown, setShown] = useState(state);
  if (state !== shown) {
    setShown(state);
    if (state.status === "success") setText("");
  }
  return (
    <form action={action} className="flex flex-col gap-3">
      <label htmlFor="own-phrase" className="font-semibold">
        Words you&apos;d welcome hearing
      </label>
      <CountedTextArea
        id="own-phrase"
        name="text"
        rows={2}
        max={max}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={state.fieldErrors?.text}
        placeholder="“Come and sit with me.”"
      />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="private" className="h-5 w-5 accent-clay" />
        Keep it to myself{partnerName ? ` (${partnerName} won't see it)` : ""}
      </label>
      <div>
        <Button type="submit" disabled={pending}>
          Add to my list
        </Button>
      </div>
      <FormMessage status={state.status} message={state.status === "error" && state.fieldErrors?.text ? undefined : state.message} />
    </form>
  );
}
