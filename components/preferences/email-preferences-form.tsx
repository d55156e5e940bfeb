"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { idleFormState } from "@/lib/forms/form-state";
import { saveEmailPreferencesAction } from "@/lib/preferences/actions";
import type { EmailPreferences } from "@/lib/preferences/schema";
import { WEEKDAYS } from "@/lib/preferences/weekdays";

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const select = "min-h-11 rounded-xl border border-line bg-white px-3 py-2 text-base";

function HourSelect({ name, label, accessibleName, value }: { name: string; label: string; accessibleName: string; value: number }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <span aria-hidden="true">{label}</span>
      <select name={name} defaultValue={value} className={select} aria-label={accessibleName}>
        {HOURS.map((h) => (
          <option key={h} value={h}>
            {String(h).padStart(2, "0")}:00
          </option>
        ))}
      </select>
    </label>
  );
}

export function EmailPreferencesForm({ initial, timeZone }: { initial: EmailPreferences; timeZone: string }) {
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
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">Notes</legend>
        <label className="flex items-center gap-3">
          <input type="checkbox" name="noteEmails" defaultChecked={initial.noteEmails} className="h-5 w-5 accent-clay" />
          Email me when my partner sends a note
        </label>
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
        {pending ? "Saving…" : "Save email preferences"}
      </Button>
    </form>
  );
}
