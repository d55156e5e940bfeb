"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, FormMessage } from "@/components/ui/field";
import { idleFormState } from "@/lib/forms/form-state";
import { answerQuestionAction } from "@/lib/questions/actions";
import { ANSWER_MAX } from "@/lib/questions/limits";

/** Answer today's question, or rewrite the answer until the partner has read it. */
export function AnswerForm({ dailyQuestionId, initial, onDone }: { dailyQuestionId: string; initial?: string; onDone?: () => void }) {
  const [state, action, pending] = useActionState(async (previous: Parameters<typeof answerQuestionAction>[0], formData: FormData) => {
    const next = await answerQuestionAction(previous, formData);
    if (next.status === "success") onDone?.();
    return next;
  }, idleFormState);
  const [body, setBody] = useState(state.values?.body ?? initial ?? "");
  const error = state.fieldErrors?.body;
  return (
    <form action={action} className="flex flex-col gap-2" noValidate>
      <FormMessage status={state.status} message={error ? undefined : state.message} />
      <input type="hidden" name="dailyQuestionId" value={dailyQuestionId} />
      <label htmlFor="field-answer" className="font-semibold">
        Your answer
      </label>
      <textarea
        id="field-answer"
        name="body"
        rows={3}
        maxLength={ANSWER_MAX}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        aria-describedby="answer-count answer-error"
        aria-invalid={error ? true : undefined}
        className="rounded-xl border border-line bg-white px-3.5 py-2.5 text-base"
      />
      <p id="answer-count" className="text-right text-xs text-muted">
        {body.length}/{ANSWER_MAX.toLocaleString("en")}
      </p>
      <FieldError id="answer-error" message={error} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : initial ? "Save answer" : "Answer"}
      </Button>
    </form>
  );
}
