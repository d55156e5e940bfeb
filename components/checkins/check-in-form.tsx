"use client";

import { LockIcon } from "@/components/vault/lock-icon";
import { VISIBILITIES, type Visibility } from "@/lib/checkins/visibility";
import { useActionState, useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useLatestKey } from "@/components/vault/use-latest-key";
import { useNoteKey } from "@/components/vault/use-note-key";
import { useOpenedText } from "@/components/vault/use-opened-text";
import { Button } from "@/components/ui/button";
import { CHIP, ChoiceChip } from "@/components/ui/choice";
import { CountedTextArea, FieldError, FormMessage } from "@/components/ui/field";
import { ENERGY_LABELS, NEEDS, PLEASANTNESS_LABELS, feelingsFor, quadrantOf, vocabulary } from "@/lib/checkins/mood";
import { idleFormState, type FormState } from "@/lib/forms/form-state";
import { keepCheckIn, pendingFromForm } from "@/lib/offline/check-in-queue";

type Initial = {
  checkInId?: string;
  pleasantness?: number;
  energy?: number;
  feeling?: string | null;
  note?: string | null;
  sealedNote?: string | null;
  visibility: Visibility;
  need?: string | null;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: Initial;
  submitLabel: string;
  partnerName: string | null;
  /** A new check-in (not an edit) for this person: kept on the phone when there is no connection. */
  offlineFor?: string;
  /** This person's id when their private notes are encrypted: a private note is sealed here before it is sent. */
  sealFor?: string;
};

const KEPT_OFFLINE = "Saved on this phone. It will be sent when you're back online.";

function Scale({
  name,
  legend,
  labels,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  labels: readonly string[];
  value: number | undefined;
  onChange: (value: number) => void;
  error?: string;
}) {
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="mb-2 text-lg font-bold">{legend}</legend>
      <div className="grid grid-cols-5 gap-2">
        {labels.map((label, index) => (
          <label key={label} className="flex flex-col items-center gap-1">
            <input
              type="radio"
              name={name}
              value={index + 1}
              checked={value === index + 1}
              onChange={() => onChange(index + 1)}
              className="peer sr-only"
              required
            />
            <span className={`${CHIP} w-full px-0 text-lg`} aria-hidden="true">
              {index + 1}
            </span>
            <span className="text-center text-xs leading-tight text-muted">{label}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${name}-error`} message={error} />
    </fieldset>
  );
}

function visibilityLabel(visibility: Visibility, partnerName: string | null) {
  if (visibility === "PRIVATE") return "Private (only me)";
  return partnerName ? `Shared with ${partnerName}` : "Shared with my partner";
}

const LOCKED_NOTE = "Your private notes are encrypted. Unlock them on this device in Settings to write one, or leave the note empty.";

/**
 * With encryption on, a private note leaves the browser sealed (the server
 * refuses it in plain text); a shared one stays text, for the partner.
 * `unopened` is the encrypted note being edited when this device could not
 * open it (locked, or another key): left empty, it is kept as it was.
 * Returns the problem to show instead of sending, if any.
 */
async function sealNoteIn(formData: FormData, key: CryptoKey | null | undefined, unopened: string | null): Promise<string | null> {
  const note = String(formData.get("note") ?? "").trim();
  const isPrivate = formData.get("visibility") === "PRIVATE";
  if (!note) {
    if (unopened && !isPrivate) return "This note is encrypted. Unlock your notes on this device to share it, or keep it private.";
    if (unopened) formData.set("sealedNote", unopened);
    return null;
  }
  if (!isPrivate) return null;
  if (!key) return LOCKED_NOTE;
  const { sealText } = await import("@/lib/vault/crypto");
  formData.set("sealedNote", await sealText(key, note, "check-in-note"));
  formData.delete("note");
  return null;
}

export function CheckInForm({ action, initial, submitLabel, partnerName, offlineFor, sealFor }: Props) {
  // One id per check-in, made here: however often it is sent (a retry, the offline queue), it is stored once.
  const clientId = useRef<string | null>(null);
  const { key } = useNoteKey(sealFor);
  const latestKey = useLatestKey(key);
  // Whether the encrypted note being edited was opened into the form (then what the form holds is the note).
  const opened = useRef(false);
  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData): Promise<FormState> => {
    if (sealFor) {
      const problem = await sealNoteIn(formData, latestKey.current, opened.current ? null : (initial.sealedNote ?? null));
      if (problem) return { status: "error", message: problem, fieldErrors: { note: problem } };
    }
    if (!offlineFor) return action(previous, formData);
    clientId.current ??= crypto.randomUUID();
    formData.set("clientId", clientId.current);
    const keep = async (): Promise<FormState> => {
      // The server checks everything when it arrives; the phone checks that nothing needed is missing, so none is lost then.
      const missing = ["pleasantness", "energy", "visibility"].filter((name) => !formData.get(name));
      if (missing.length > 0) return { status: "error", message: "Choose the two numbers, then save again." };
      await keepCheckIn(pendingFromForm(formData, offlineFor, clientId.current!, new Date()));
      clientId.current = null;
      return { status: "success", message: KEPT_OFFLINE } satisfies FormState;
    };
    if (!navigator.onLine) return keep();
    try {
      return await action(previous, formData);
    } catch (error) {
      // The connection dropped on the way (a redirect after saving is not an error of this kind).
      if (error instanceof TypeError) return keep();
      throw error;
    }
  }, idleFormState);
  const values = state.values ?? {};
  const [pleasantness, setPleasantness] = useState<number | undefined>(Number(values.pleasantness) || initial.pleasantness);
  const [energy, setEnergy] = useState<number | undefined>(Number(values.energy) || initial.energy);
  const [feeling, setFeeling] = useState<string | undefined>(values.feeling ?? initial.feeling ?? undefined);
  const [audience, setAudience] = useState<Visibility>((values.visibility as Visibility | undefined) ?? initial.visibility);
  const [note, setNote] = useState(values.note ?? initial.note ?? "");
  const errors = state.fieldErrors ?? {};
  // An encrypted note being edited is opened here, once this device's key is found.
  const sealed = initial.sealedNote;
  const openedNote = useOpenedText(key, sealed, "check-in-note");
  const [takenIn, setTakenIn] = useState<string | null>(null);
  if (typeof openedNote === "string" && takenIn !== openedNote) {
    setTakenIn(openedNote);
    setNote(openedNote);
  }
  useEffect(() => {
    opened.current = takenIn !== null;
  }, [takenIn]);
  const sealing = Boolean(sealFor) && audience === "PRIVATE";

  const quadrant = pleasantness && energy ? quadrantOf(pleasantness, energy) : null;
  const words = quadrant ? feelingsFor(quadrant) : [];
  const chosen = words.find((w) => w.word === feeling);

  return (
    <form action={formAction} className="flex flex-col gap-7" noValidate aria-describedby="two-taps">
      <p id="two-taps" className="-mt-3 text-muted">
        Two taps and Save. Everything after the numbers is optional.
      </p>
      <FormMessage status={state.status} message={state.message} />
      {initial.checkInId ? <input type="hidden" name="checkInId" value={initial.checkInId} /> : null}
      {(
        [
          ["pleasantness", "How pleasant do you feel?", PLEASANTNESS_LABELS, pleasantness, setPleasantness],
          ["energy", "How much energy do you have?", ENERGY_LABELS, energy, setEnergy],
        ] as const
      ).map(([name, legend, labels, value, onChange]) => (
        <Scale key={name} name={name} legend={legend} labels={labels} value={value} onChange={onChange} error={errors[name]} />
      ))}

      <fieldset className="flex flex-col gap-2" aria-describedby="feeling-meaning feeling-error">
        <legend className="mb-1 text-lg font-bold">
          A word for it? <span className="text-sm font-normal text-muted">(optional)</span>
        </legend>
        {quadrant ? (
          <>
            <p className="text-sm text-muted">
              {vocabulary[quadrant].label}: {vocabulary[quadrant].description.toLowerCase()}.
            </p>
            <div className="flex flex-wrap gap-2">
              {words.map((w) => (
                <ChoiceChip
                  key={w.word}
                  name="feeling"
                  value={w.word}
                  checked={feeling === w.word}
                  onChange={() => setFeeling(w.word)}
                  // Tapping the chosen word again leaves the check-in without one.
                  onClick={() => (feeling === w.word ? setFeeling(undefined) : undefined)}
                >
                  {w.word}
                </ChoiceChip>
              ))}
            </div>
            <p id="feeling-meaning" className="min-h-6 text-sm" aria-live="polite">
              {chosen ? (
                <>
                  <strong>{chosen.word}</strong>: {chosen.meaning}
                </>
              ) : null}
            </p>
          </>
        ) : (
          <p className="text-sm text-muted">Choose the two numbers above and words for that mood appear here.</p>
        )}
        <FieldError id="feeling-error" message={errors.feeling} />
      </fieldset>

      <div className="flex flex-col gap-1.5">
        <label htmlFor="field-note" className="text-lg font-bold">
          Anything to add? <span className="text-sm font-normal text-muted">(optional)</span>
        </label>
        <CountedTextArea
          id="field-note"
          name="note"
          rows={3}
          max={500}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={errors.note}
        />
        {sealing ? (
          <p className="text-sm text-muted" id="note-sealing">
            <LockIcon />
            {key ? (
              "Encrypted on this device before it's sent: only you can read it."
            ) : key === null ? (
              <>
                {sealed ? "This note is encrypted and stays as it is. " : ""}
                <Link href="/settings#encryption" className="font-semibold text-clay-dark underline">
                  Unlock your notes on this device
                </Link>{" "}
                to {sealed ? "read or change it" : "write a private note"}.
              </>
            ) : null}
          </p>
        ) : null}
      </div>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-lg font-bold">
          What would help? <span className="text-sm font-normal text-muted">(optional)</span>
        </legend>
        <div className="flex flex-wrap gap-2">
          {[["", "Nothing in particular"], ...Object.entries(NEEDS)].map(([value, label]) => (
            <ChoiceChip key={value} name="need" value={value} defaultChecked={(values.need ?? initial.need ?? "") === value}>
              {label}
            </ChoiceChip>
          ))}
        </div>
        <FieldError id="need-error" message={errors.need} />
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-lg font-bold">Who sees this?</legend>
        <p className="text-sm text-muted">Stays as you chose last time.</p>
        <div className="flex flex-wrap gap-2">
          {VISIBILITIES.map((visibility) => (
            <ChoiceChip
              key={visibility}
              name="visibility"
              value={visibility}
              checked={audience === visibility}
              onChange={() => setAudience(visibility)}
            >
              {visibilityLabel(visibility, partnerName)}
            </ChoiceChip>
          ))}
        </div>
        <FieldError id="visibility-error" message={errors.visibility} />
      </fieldset>

      {/* Kept in view above the phone's tab bar: two taps, then Save, wherever the page is scrolled. */}
      <div className="sticky bottom-[calc(3.5rem+1px)] z-30 -mx-5 flex items-center gap-3 border-t border-line bg-cream/95 px-5 py-3 backdrop-blur sm:bottom-0">
        <Button type="submit" disabled={pending} className="shrink-0">
          {pending ? "Saving…" : submitLabel}
        </Button>
        <p className="text-sm text-muted">{visibilityLabel(audience, partnerName)}</p>
      </div>
    </form>
  );
}
