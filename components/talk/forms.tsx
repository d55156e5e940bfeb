"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { RadioRow } from "@/components/ui/choice";
import { CountedTextArea, FieldError, FormMessage, fieldClass } from "@/components/ui/field";
import { idleFormState } from "@/lib/forms/form-state";
import { closeTalkAction, startTalkAction, takeTurnAction } from "@/lib/talk/actions";

export function StartTalkForm({ partnerName, topicHint }: { partnerName: string; topicHint: string }) {
  const [state, action, pending] = useActionState(startTalkAction, idleFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage status={state.status === "error" ? "error" : "idle"} message={Object.keys(errors).length ? undefined : state.message} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="talk-topic" className="font-semibold">
          What would you like to talk about?
        </label>
        <p id="talk-topic-hint" className="text-sm text-muted">
          {topicHint}
        </p>
        <input
          id="talk-topic"
          name="topic"
          maxLength={140}
          defaultValue={state.values?.topic ?? ""}
          aria-describedby="talk-topic-hint talk-topic-error"
          aria-invalid={errors.topic ? true : undefined}
          className={`min-h-11 ${fieldClass(errors.topic)}`}
        />
        <FieldError id="talk-topic-error" message={errors.topic} />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold">Who speaks first?</legend>
        {[
          ["me", "I'll speak first"],
          ["partner", `${partnerName} speaks first`],
        ].map(([value, text]) => (
          <RadioRow key={value} name="first" value={value} defaultChecked={(state.values?.first ?? "me") === value}>
            {text}
          </RadioRow>
        ))}
        <FieldError id="talk-first-error" message={errors.first} />
      </fieldset>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Starting…" : "Start the talk"}
      </Button>
    </form>
  );
}

/** "Not quite": what the listener missed; they try again. */
export function NotQuiteForm({ talkId, version, hint }: { talkId: string; version: number; hint: string }) {
  const [state, action, pending] = useActionState(takeTurnAction, idleFormState);
  const [open, setOpen] = useState(Boolean(state.values?.body));
  const [missed, setMissed] = useState(state.values?.body ?? "");
  if (!open) {
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        Not quite
      </Button>
    );
  }
  return (
    <form action={action} className="flex w-full flex-col gap-2" noValidate>
      <FormMessage status={state.status === "error" ? "error" : "idle"} message={state.fieldErrors?.body ? undefined : state.message} />
      <input type="hidden" name="talkId" value={talkId} />
      <input type="hidden" name="kind" value="notQuite" />
      <input type="hidden" name="version" value={version} />
      <label htmlFor="talk-missed" className="font-semibold">
        {hint}
      </label>
      <CountedTextArea
        id="talk-missed"
        name="body"
        rows={3}
        max={1000}
        value={missed}
        onChange={(event) => setMissed(event.target.value)}
        error={state.fieldErrors?.body}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Sending…" : "Send: not quite"}
      </Button>
    </form>
  );
}

export function PauseForm({
  talkId,
  version,
  options,
  defaultMessage,
}: {
  talkId: string;
  version: number;
  options: { id: string; label: string }[];
  defaultMessage: string;
}) {
  const [state, action, pending] = useActionState(takeTurnAction, idleFormState);
  const [choice, setChoice] = useState(state.values?.breakId ?? options[0]?.id ?? "20m");
  const errors = state.fieldErrors ?? {};
  return (
    <details className="rounded-xl border border-line bg-white p-3" open={state.status === "error" ? true : undefined}>
      <summary className="cursor-pointer font-semibold text-clay-dark">Take a break</summary>
      <form action={action} className="mt-3 flex flex-col gap-3" noValidate>
        <FormMessage
          status={state.status === "error" ? "error" : "idle"}
          message={Object.keys(errors).length ? undefined : state.message}
        />
        <input type="hidden" name="talkId" value={talkId} />
        <input type="hidden" name="kind" value="pause" />
        <input type="hidden" name="version" value={version} />
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-semibold">Back in</legend>
          {[...options, { id: "at", label: "At a time" }].map((option) => (
            <RadioRow key={option.id} name="breakId" value={option.id} checked={choice === option.id} onChange={() => setChoice(option.id)}>
              {option.label}
            </RadioRow>
          ))}
        </fieldset>
        {choice === "at" ? (
          <label className="flex items-center gap-2 text-sm">
            <span>Time</span>
            <input type="time" name="at" defaultValue={state.values?.at ?? ""} className={`min-h-11 ${fieldClass(errors.topic)}`} />
          </label>
        ) : null}
        <FieldError id="talk-at-error" message={errors.at} />
        <label className="flex flex-col gap-1.5">
          <span className="text-sm font-semibold">A word to your partner</span>
          <textarea
            name="message"
            rows={3}
            maxLength={300}
            defaultValue={state.values?.message ?? defaultMessage}
            className={fieldClass()}
          />
        </label>
        <FieldError id="talk-message-error" message={errors.message} />
        <Button type="submit" variant="secondary" disabled={pending} className="self-start">
          {pending ? "Pausing…" : "Pause the talk"}
        </Button>
      </form>
    </details>
  );
}

export function ClosingForm({
  talkId,
  version,
  partnerName,
  hints,
}: {
  talkId: string;
  version: number;
  partnerName: string;
  hints: { appreciationHint: string; agreementHint: string; apologyHint: string };
}) {
  const [state, action, pending] = useActionState(closeTalkAction, idleFormState);
  const errors = state.fieldErrors ?? {};
  // Controlled, so what was written survives a refused submission and the page's live refreshes.
  const [appreciation, setAppreciation] = useState(state.values?.appreciation ?? "");
  const [agreement, setAgreement] = useState(state.values?.agreement ?? "");
  const [apology, setApology] = useState(state.values?.apology ?? "");
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage status={state.status === "error" ? "error" : "idle"} message={Object.keys(errors).length ? undefined : state.message} />
      <input type="hidden" name="talkId" value={talkId} />
      <input type="hidden" name="version" value={version} />
      <label className="flex flex-col gap-1.5">
        <span className="font-semibold">One thing you appreciated in how {partnerName} listened</span>
        <textarea
          name="appreciation"
          rows={3}
          maxLength={500}
          placeholder={hints.appreciationHint}
          value={appreciation}
          onChange={(event) => setAppreciation(event.target.value)}
          aria-invalid={errors.appreciation ? true : undefined}
          className={fieldClass()}
        />
        <FieldError id="talk-appreciation-error" message={errors.appreciation} />
      </label>
      <label className="flex flex-col gap-1.5">
        <span className="font-semibold">
          A small agreement <span className="font-normal text-muted">(optional)</span>
        </span>
        <input
          name="agreement"
          maxLength={200}
          placeholder={hints.agreementHint}
          value={agreement}
          onChange={(event) => setAgreement(event.target.value)}
          className={`min-h-11 ${fieldClass(errors.topic)}`}
        />
        <FieldError id="talk-agreement-error" message={errors.agreement} />
      </label>
      <label className="flex flex-col gap-1.5">
        <span className="font-semibold">
          An apology or forgiveness <span className="font-normal text-muted">(optional)</span>
        </span>
        <span className="text-sm text-muted">{hints.apologyHint}</span>
        <textarea
          name="apology"
          rows={2}
          maxLength={300}
          value={apology}
          onChange={(event) => setApology(event.target.value)}
          className={fieldClass()}
        />
      </label>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Finish"}
      </Button>
    </form>
  );
}
