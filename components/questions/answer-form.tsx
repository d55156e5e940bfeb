"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { CountedTextArea, FormMessage } from "@/components/ui/field";
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
      <CountedTextArea
        id="field-answer"
        name="body"
        rows={3}
        max={ANSWER_MAX}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={error}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : initial ? "Save answer" : "Answer"}
      </Button>
    </form>
  );
}
