"use client";

import { useActionState, useState } from "react";
import { ChoiceChip } from "@/components/ui/choice";
import { FormMessage } from "@/components/ui/field";
import { guessMoodAction } from "@/lib/checkins/actions";
import { QUADRANTS, vocabulary, type Quadrant } from "@/lib/checkins/mood";
import { idleFormState } from "@/lib/forms/form-state";

/** "How is <partner> feeling?": one of the four moods (and, if you like, a word), before seeing what they shared. */
const QUADRANT_FACE =
  "flex min-h-14 cursor-pointer flex-col justify-center rounded-2xl border border-line bg-white px-3 py-2 text-sm peer-checked:border-clay peer-checked:bg-sand peer-focus-visible:outline-3 peer-focus-visible:outline-clay";

export function GuessForm({ checkInId, partnerName }: { checkInId: string; partnerName: string }) {
  const [state, action, pending] = useActionState(guessMoodAction, idleFormState);
  const [quadrant, setQuadrant] = useState<Quadrant | null>(null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage status={state.status === "error" ? "error" : "idle"} message={state.message} />
      <input type="hidden" name="checkInId" value={checkInId} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold">
          Before you look: how do you think <bdi>{partnerName}</bdi> feels?
        </legend>
        <div className="grid grid-cols-2 gap-2">
          {QUADRANTS.map((q) => (
            <ChoiceChip key={q} name="quadrant" value={q} checked={quadrant === q} onChange={() => setQuadrant(q)} face={QUADRANT_FACE}>
              <strong>{vocabulary[q].label}</strong>
              <span className="text-muted">{vocabulary[q].description}</span>
            </ChoiceChip>
          ))}
        </div>
      </fieldset>
      {quadrant ? (
        <label className="flex flex-col gap-1.5">
          <span className="text-sm font-semibold">
            A word, if one comes to mind <span className="font-normal text-muted">(optional)</span>
          </span>
          <select name="feeling" defaultValue="" className="min-h-11 rounded-xl border border-line bg-white px-3 py-2 text-base">
            <option value="">No word</option>
            {vocabulary[quadrant].words.map((w) => (
              <option key={w.word} value={w.word}>
                {w.word}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          disabled={pending || !quadrant}
          className="min-h-11 rounded-full bg-clay px-5 py-2 font-semibold text-white disabled:opacity-50"
        >
          {pending ? "Guessing…" : "Guess"}
        </button>
        <button
          type="submit"
          name="quadrant"
          value="skip"
          disabled={pending}
          className="min-h-11 px-2 font-semibold text-clay-dark underline"
        >
          Just show me
        </button>
      </div>
    </form>
  );
}
