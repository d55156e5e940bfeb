"use client";

import { useActionState, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/field";
import { idleFormState, type FormState } from "@/lib/forms/form-state";

/**
 * A form of one-tap buttons (rendered on the server, passed as children)
 * for a server action: the buttons wait while it runs, and its message shows
 * under them. Without JavaScript it is a plain form post.
 */
export function TapForm({
  action,
  legend,
  className = "",
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  legend: string;
  className?: string;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <fieldset disabled={pending} className={className}>
        <legend className="sr-only">{legend}</legend>
        {children}
      </fieldset>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
