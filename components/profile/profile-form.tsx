"use client";

import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, FormMessage, TextField } from "@/components/ui/field";
import { idleFormState, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: { name: string; timeZone: string };
  timeZones: string[];
  submitLabel: string;
  /** Pre-fill the time zone from the browser when none is saved yet. */
  detectTimeZone?: boolean;
  next?: string;
};

export function ProfileForm({ action, initial, timeZones, submitLabel, detectTimeZone = false, next }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const timeZoneInput = useRef<HTMLInputElement>(null);
  const typedTimeZone = state.values?.timeZone ?? initial.timeZone;

  // The browser knows its zone; fill it in when nothing was saved or typed yet.
  useEffect(() => {
    const input = timeZoneInput.current;
    if (!detectTimeZone || !input || input.value) return;
    input.value = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
  }, [detectTimeZone, typedTimeZone]);

  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <FormMessage status={state.status} message={state.message} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        label="Your name"
        hint="What your partner will see."
        name="name"
        autoComplete="given-name"
        maxLength={50}
        required
        defaultValue={state.values?.name ?? initial.name}
        key={state.values?.name ?? initial.name}
        error={errors.name}
      />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="field-timeZone" className="font-semibold">
          Time zone
        </label>
        <p id="field-timeZone-hint" className="text-sm text-muted">
          Reminders and your weekly digest arrive at your local time.
        </p>
        <input
          id="field-timeZone"
          name="timeZone"
          list="time-zone-options"
          autoComplete="off"
          required
          ref={timeZoneInput}
          defaultValue={typedTimeZone}
          key={typedTimeZone}
          aria-invalid={errors.timeZone ? true : undefined}
          aria-describedby={`field-timeZone-hint${errors.timeZone ? " field-timeZone-error" : ""}`}
          className={`min-h-11 rounded-xl border bg-white px-3.5 py-2.5 text-base ${errors.timeZone ? "border-danger" : "border-line"}`}
        />
        <datalist id="time-zone-options">
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <FieldError id="field-timeZone-error" message={errors.timeZone} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
