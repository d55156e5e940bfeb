"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { CountedTextArea, FormMessage } from "@/components/ui/field";
import { idleFormState } from "@/lib/forms/form-state";
import { sendApologyAction } from "@/lib/repair/actions";
import { APOLOGY_FIELD_MAX, DEFAULT_ASK, hasExcuse } from "@/lib/repair/apology";

const STEPS = [
  { name: "happened", label: "What happened", hint: "Name it plainly, the way they would: “I forgot our dinner on Friday.”" },
  {
    name: "effect",
    label: "How it affected them",
    hint: "Own it, without a “but”: “You felt you didn't matter to me, and you waited alone.”",
  },
  { name: "change", label: "What you will do differently", hint: "Something small and real you can do." },
] as const;

/** The guided apology (from the seed articles): name it, own its effect, say what changes, ask what would help. */
export function ApologyForm({ partnerName }: { partnerName: string }) {
  const [state, action, pending] = useActionState(sendApologyAction, idleFormState);
  const [values, setValues] = useState<Record<string, string>>({ happened: "", effect: "", change: "", ask: DEFAULT_ASK });
  const [shown, setShown] = useState(state);
  if (state !== shown) {
    setShown(state);
    if (state.values) setValues((v) => ({ ...v, ...state.values }));
  }
  const excuse = hasExcuse(values.effect ?? "");
  return (
    <form action={action} className="flex flex-col gap-5">
      {STEPS.map((step, index) => (
        <div key={step.name} className="flex flex-col gap-1.5">
          <label htmlFor={`apology-${step.name}`} className="font-semibold">
            {index + 1}. {step.label}
          </label>
          <p id={`apology-${step.name}-hint`} className="text-sm text-muted">
            {step.hint}
          </p>
          <CountedTextArea
            id={`apology-${step.name}`}
            name={step.name}
            rows={3}
            max={APOLOGY_FIELD_MAX}
            value={values[step.name] ?? ""}
            onChange={(event) => setValues((v) => ({ ...v, [step.name]: event.target.value }))}
            error={state.fieldErrors?.[step.name]}
            aria-describedby={`apology-${step.name}-hint apology-${step.name}-count apology-${step.name}-error`}
          />
          {step.name === "effect" && excuse ? (
            <p role="status" className="rounded-xl bg-sand px-3 py-2 text-sm">
              An apology lands better without a “but” or an “if you”: the explanation can come later, if {partnerName} wants it.
            </p>
          ) : null}
        </div>
      ))}
      <div className="flex flex-col gap-1.5">
        <label htmlFor="apology-ask" className="font-semibold">
          4. Ask what would help
        </label>
        <CountedTextArea
          id="apology-ask"
          name="ask"
          rows={2}
          max={200}
          value={values.ask ?? ""}
          onChange={(event) => setValues((v) => ({ ...v, ask: event.target.value }))}
          error={state.fieldErrors?.ask}
        />
      </div>
      <FormMessage status={state.status} message={state.status === "error" ? state.message : undefined} />
      <div>
        <Button type="submit" disabled={pending}>
          Send to {partnerName}
        </Button>
      </div>
    </form>
  );
}
