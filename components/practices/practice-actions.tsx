"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { idleFormState } from "@/lib/forms/form-state";
import { setTriedAction, swapPracticeAction } from "@/lib/practices/actions";

export function SwapPracticeButton({ slug, label }: { slug: string; label: string }) {
  const [state, action, pending] = useActionState(swapPracticeAction, idleFormState);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="slug" value={slug} />
      <FormMessage status={state.status} message={state.message} />
      <Button type="submit" variant="secondary" className="self-start" disabled={pending}>
        {label}
      </Button>
    </form>
  );
}

export function TriedToggle({ tried }: { tried: boolean }) {
  const [state, action, pending] = useActionState(setTriedAction, idleFormState);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="tried" value={tried ? "false" : "true"} />
      <Button type="submit" variant={tried ? "secondary" : "primary"} aria-pressed={tried} disabled={pending} className="self-start">
        {tried ? "✓ We tried it" : "We tried it"}
      </Button>
      {state.status === "error" ? <FormMessage status="error" message={state.message} /> : null}
    </form>
  );
}
