"use client";

import { useActionState, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, FormMessage, fieldClass } from "@/components/ui/field";
import { idleFormState } from "@/lib/forms/form-state";
import { takeTurnAction } from "@/lib/talk/actions";
import { useTalkWriting } from "./live";

type Props = {
  talkId: string;
  version: number;
  kind: "share" | "reflect" | "notQuite";
  label: ReactNode;
  /** What the text starts with ("What I hear you saying is "). */
  start?: string;
  /** Phrases one tap away ("I feel …", "when …"), and feeling words. */
  stems?: string[];
  feelings?: string[];
  /** Shown when "always" or "never" comes up. */
  absoluteHint?: string;
  /** The listener's optional second field. */
  validation?: { label: string; start: string };
  submitLabel: string;
};

/** A turn in a talk: gentle structure, free text always allowed. A stale turn comes back with its words kept. */
export function TalkComposer({
  talkId,
  version,
  kind,
  label,
  start = "",
  stems = [],
  feelings = [],
  absoluteHint,
  validation,
  submitLabel,
}: Props) {
  const [state, action, pending] = useActionState(takeTurnAction, idleFormState);
  const [body, setBody] = useState(state.values?.body ?? start);
  const [showValidation, setShowValidation] = useState(Boolean(state.values?.validation));
  const textarea = useRef<HTMLTextAreaElement>(null);
  const writing = useTalkWriting();
  const error = state.fieldErrors?.body;

  function insert(text: string) {
    const glue = body === "" || body.endsWith(" ") || body.endsWith("\n") ? "" : " ";
    const next = `${body}${glue}${text.replace(/…$/, "").trimEnd()} `;
    setBody(next);
    writing();
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(next.length, next.length);
    });
  }

  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <FormMessage status={state.status === "error" ? "error" : "idle"} message={error ? undefined : state.message} />
      <input type="hidden" name="talkId" value={talkId} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="version" value={version} />
      <label htmlFor={`talk-${kind}`} className="font-semibold">
        {label}
      </label>
      {stems.length > 0 ? (
        <div role="group" aria-label="Ways to begin" className="flex flex-wrap gap-2">
          {stems.map((stem) => (
            <button
              key={stem}
              type="button"
              onClick={() => insert(stem)}
              className="rounded-full border border-line bg-white px-3 py-1.5 text-sm hover:bg-sand"
            >
              {stem}
            </button>
          ))}
        </div>
      ) : null}
      {feelings.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer font-semibold text-clay-dark">Feeling words</summary>
          <div role="group" aria-label="Feeling words" className="mt-2 flex flex-wrap gap-1.5">
            {feelings.map((word) => (
              <button key={word} type="button" onClick={() => insert(word)} className="rounded-full bg-sand px-2.5 py-1 hover:bg-line">
                {word}
              </button>
            ))}
          </div>
        </details>
      ) : null}
      <textarea
        ref={textarea}
        id={`talk-${kind}`}
        name="body"
        rows={5}
        maxLength={2000}
        value={body}
        onChange={(event) => {
          setBody(event.target.value);
          writing();
        }}
        aria-describedby={`talk-${kind}-hint talk-${kind}-error`}
        aria-invalid={error ? true : undefined}
        className={fieldClass()}
      />
      <p id={`talk-${kind}-hint`} className="text-sm text-muted" aria-live="polite">
        {absoluteHint && /\b(always|never)\b/i.test(body) ? absoluteHint : ""}
      </p>
      <FieldError id={`talk-${kind}-error`} message={error} />
      {validation ? (
        showValidation ? (
          <label className="flex flex-col gap-1.5">
            <span className="font-semibold">
              {validation.label} <span className="font-normal text-muted">(optional)</span>
            </span>
            <textarea
              name="validation"
              rows={3}
              maxLength={1000}
              defaultValue={state.values?.validation ?? validation.start}
              onChange={() => writing()}
              className={fieldClass()}
            />
          </label>
        ) : (
          <button
            type="button"
            onClick={() => setShowValidation(true)}
            className="self-start text-sm font-semibold text-clay-dark underline"
          >
            Add “{validation.start.trim()}”
          </button>
        )
      ) : null}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Sending…" : submitLabel}
      </Button>
    </form>
  );
}
