"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { CountedTextArea, FormMessage } from "@/components/ui/field";
import { useSealingAction } from "@/components/vault/seal-words";
import { sendNoteAction } from "@/lib/notes/actions";
import { NOTE_MAX } from "@/lib/notes/limits";
import { SealingLine } from "./sealing-line";

const NOTE_FIELD = {
  name: "body",
  sealedName: "sealedBody",
  purpose: "couple-note",
  max: NOTE_MAX,
  empty: "Write a few words first",
  tooLong: `Keep your note to ${NOTE_MAX.toLocaleString("en")} characters or fewer`,
} as const;

export function ComposeForm({
  partnerName,
  prompts,
  practiceTitle,
  initial,
  sealFor,
}: {
  partnerName: string;
  prompts: string[];
  practiceTitle: string;
  /** A note that starts from something (a question's answer: "Tell me more"). */
  initial?: { prompt: string; body: string };
  /** The couple's id when it encrypts its words: the note is sealed here before it is sent. */
  sealFor?: string;
}) {
  const { state, action, pending, locked } = useSealingAction(sendNoteAction, NOTE_FIELD, sealFor);
  const [body, setBody] = useState(state.values?.body ?? initial?.body ?? "");
  const [prompt, setPrompt] = useState(state.values?.prompt ?? initial?.prompt ?? "");
  const textarea = useRef<HTMLTextAreaElement>(null);
  const error = state.fieldErrors?.body;

  function startFrom(starter: string) {
    const text = starter.replace(/…$/, " ");
    setPrompt(starter);
    setBody(text);
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(text.length, text.length);
    });
  }

  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage status={state.status} message={error ? undefined : state.message} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold">Start from a prompt (from “{practiceTitle}”)</legend>
        <div className="flex flex-wrap gap-2">
          {prompts.map((starter) => (
            <button
              key={starter}
              type="button"
              onClick={() => startFrom(starter)}
              aria-pressed={prompt === starter}
              className={`rounded-full border px-3.5 py-1.5 text-left text-sm ${prompt === starter ? "border-clay bg-sand" : "border-line bg-white hover:bg-sand"}`}
            >
              {starter}
            </button>
          ))}
        </div>
      </fieldset>
      <input type="hidden" name="prompt" value={prompt} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="field-body" className="font-semibold">
          Your note to <bdi>{partnerName}</bdi>
        </label>
        <CountedTextArea
          ref={textarea}
          id="field-body"
          name="body"
          rows={6}
          max={NOTE_MAX}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          error={error}
        />
        {sealFor ? <SealingLine locked={locked} /> : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : `Send to ${partnerName}`}
      </Button>
      <p className="text-sm text-muted">You can unsend it for 10 minutes, as long as it hasn&apos;t been read.</p>
    </form>
  );
}
