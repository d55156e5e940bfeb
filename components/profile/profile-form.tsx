"use client";

import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, FormMessage, TextField, fieldClass } from "@/components/ui/field";
import { idleFormState, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: { name: string; timeZone: string };
  timeZones: string[];
  submitLabel: string;
  /**
   * Choose the browser's zone when none is saved yet: before React loads, ZoneBeforeHydration's
   * script does (it finds the select by data-detect-zone); after a client-side render, the effect below.
   */
  detectTimeZone?: boolean;
  next?: string;
};

/** "America/Argentina/Buenos_Aires" reads "Argentina / Buenos Aires" under "America". */
function placeName(zone: string): string {
  const [, ...place] = zone.split("/");
  return (place.length > 0 ? place.join(" / ") : zone).replaceAll("_", " ");
}

function groupByRegion(zones: string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const zone of zones) {
    const region = zone.includes("/") ? zone.split("/")[0]! : "Other";
    groups.set(region, [...(groups.get(region) ?? []), zone]);
  }
  return [...groups];
}

export function ProfileForm({ action, initial, timeZones, submitLabel, detectTimeZone = false, next }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const timeZoneSelect = useRef<HTMLSelectElement>(null);
  const chosenTimeZone = state.values?.timeZone ?? initial.timeZone;
  const touched = useRef(false);

  // The browser knows its zone: choose it unless the person already chose one. The select
  // always holds a zone from the list, so the form works before this runs or without JavaScript.
  useEffect(() => {
    const select = timeZoneSelect.current;
    const chosenBeforeHydration = (window as { kindredZoneChosen?: boolean }).kindredZoneChosen;
    if (!detectTimeZone || !select || touched.current || chosenBeforeHydration || state.values) return;
    const detected = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (detected && timeZones.includes(detected)) select.value = detected;
  }, [detectTimeZone, state.values, timeZones]);

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
        <select
          id="field-timeZone"
          name="timeZone"
          required
          ref={timeZoneSelect}
          data-detect-zone={detectTimeZone ? "" : undefined}
          defaultValue={chosenTimeZone}
          key={chosenTimeZone}
          onChange={() => (touched.current = true)}
          aria-invalid={errors.timeZone ? true : undefined}
          aria-describedby={`field-timeZone-hint${errors.timeZone ? " field-timeZone-error" : ""}`}
          className={`min-h-11 ${fieldClass(errors.timeZone)}`}
        >
          {/* A zone saved earlier under another name ("US/Eastern") stays listed, so saving never changes it unasked. */}
          {groupByRegion(!chosenTimeZone || timeZones.includes(chosenTimeZone) ? timeZones : [...timeZones, chosenTimeZone]).map(
            ([region, zones]) => (
              <optgroup key={region} label={region}>
                {zones.map((zone) => (
                  <option key={zone} value={zone}>
                    {placeName(zone)}
                  </option>
                ))}
              </optgroup>
            ),
          )}
        </select>
        <FieldError id="field-timeZone-error" message={errors.timeZone} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
