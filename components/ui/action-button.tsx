"use client";

import { useActionState, type ReactNode } from "react";
import { idleFormState, type FormState } from "@/lib/forms/form-state";
import { Button, type Variant } from "./button";
import { FormMessage } from "./field";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** What the form sends besides the click (hidden fields). */
  fields: Record<string, string>;
  children: ReactNode;
  pendingLabel?: ReactNode;
  variant?: Variant;
  className?: string;
  /** For toggles (heart, "we tried it"): announced as pressed or not. */
  pressed?: boolean;
  /** "all": the outcome above the button (a confirmation matters); "errors": only a failure, below it. */
  messages?: "all" | "errors";
};

/** A form that is one button: a server action with hidden fields, its pending label and its message. */
export function ActionButton({
  action,
  fields,
  children,
  pendingLabel,
  variant = "secondary",
  className = "",
  pressed,
  messages = "errors",
}: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {messages === "all" ? <FormMessage status={state.status} message={state.message} /> : null}
      <Button type="submit" variant={variant} aria-pressed={pressed} disabled={pending} className={`self-start ${className}`}>
        {pending && pendingLabel ? pendingLabel : children}
      </Button>
      {messages === "errors" && state.status === "error" ? <FormMessage status="error" message={state.message} /> : null}
    </form>
  );
}
