"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, FormMessage } from "@/components/ui/field";
import { idleFormState } from "@/lib/forms/form-state";
import { saveEmailPreferencesAction } from "@/lib/preferences/actions";
import { CHANNEL_CHOICES, CHOOSABLE_KINDS, type ChoosableKind } from "@/lib/preferences/choices";
import type { EmailPreferences } from "@/lib/preferences/schema";
import { WEEKDAYS } from "@/lib/preferences/weekdays";

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const select = "min-h-11 rounded-xl border border-line bg-white px-3 py-2 text-base";

/** An hour of the day, 00:00 to 23:00; `optional` adds "None" (a null value). */
function HourSelect({
  name,
  label,
  accessibleName,
  value,
  optional = false,
}: {
  name: string;
  label: string;
  accessibleName: string;
  value: number | null;
  optional?: boolean;
}) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <span aria-hidden="true">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={select} aria-label={accessibleName}>
        {optional ? <option value="">None</option> : null}
        {HOURS.map((h) => (
          <option key={h} value={h}>
            {String(h).padStart(2, "0")}:00
          </option>
        ))}
      </select>
    </label>
  );
}

/** Every schedule and choice about what reaches the person, and how, in one form. */
export function EmailPreferencesForm({
  initial,
  timeZone,
  hasDevice,
}: {
  initial: EmailPreferences;
  timeZone: string;
  hasDevice: boolean;
}) {
  const [state, action, pending] = useActionState(saveEmailPreferencesAction, idleFormState);
  return (
    <form action={action} className="flex flex-col gap-5">
      <FormMessage status={state.status} message={state.message} />
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">Daily check-in reminder</legend>
        <label className="flex items-center gap-3">
          <input type="checkbox" name="reminderEnabled" defaultChecked={initial.reminderEnabled} className="h-5 w-5 accent-clay" />
          Remind me to check in (skipped on days I already have)
        </label>
        <HourSelect name="reminderHour" label="at" accessibleName="Reminder time" value={initial.reminderHour} />
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="font-semibold">Tell me when</legend>
        <p className="text-sm text-muted">
          {hasDevice ? "Push goes to the phones listed above." : "Push needs notifications turned on on this phone (above)."} A push says
          who and what, never what anyone wrote.
        </p>
        {(Object.entries(CHOOSABLE_KINDS) as [ChoosableKind, string][]).map(([kind, label]) => (
          <label key={kind} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
            <span>{label}</span>
            <select name={`channel_${kind}`} defaultValue={initial[`channel_${kind}`]} className={select}>
              {Object.entries(CHANNEL_CHOICES).map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">Quiet hours</legend>
        <p className="text-sm text-muted">Nothing arrives in these hours; what falls due waits until they end.</p>
        <div className="flex flex-wrap gap-3">
          <HourSelect optional name="quietStart" label="from" accessibleName="Quiet hours start" value={initial.quietStart} />
          <HourSelect optional name="quietEnd" label="until" accessibleName="Quiet hours end" value={initial.quietEnd} />
        </div>
        <FieldError id="quietEnd-error" message={state.fieldErrors?.quietEnd} />
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">Weekly digest</legend>
        <label className="flex items-center gap-3">
          <input type="checkbox" name="digestEnabled" defaultChecked={initial.digestEnabled} className="h-5 w-5 accent-clay" />
          Send me a digest of our week
        </label>
        <div className="flex flex-wrap gap-3">
          <label className="flex items-center gap-2 text-sm">
            <span aria-hidden="true">on</span>
            <select name="digestWeekday" defaultValue={initial.digestWeekday} className={select} aria-label="Digest day">
              {WEEKDAYS.map((day, index) => (
                <option key={day} value={index}>
                  {day}
                </option>
              ))}
            </select>
          </label>
          <HourSelect name="digestHour" label="at" accessibleName="Digest time" value={initial.digestHour} />
        </div>
      </fieldset>
      <p className="text-sm text-muted">Times are in your time zone ({timeZone}).</p>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Save notification preferences"}
      </Button>
    </form>
  );
}
