"use client";

import { useState } from "react";
import { AnswerForm } from "./answer-form";

/** The viewer's own answer, with Edit while the partner has not read it yet. */
export function MyAnswer({ dailyQuestionId, body, editable }: { dailyQuestionId: string; body: string; editable: boolean }) {
  const [editing, setEditing] = useState(false);
  if (editing) return <AnswerForm dailyQuestionId={dailyQuestionId} initial={body} onDone={() => setEditing(false)} />;
  return (
    <div className="flex flex-col gap-1 rounded-xl bg-sand/60 p-3">
      <p className="text-sm font-semibold text-muted">You</p>
      <p className="whitespace-pre-line">{body}</p>
      {editable ? (
        <button type="button" onClick={() => setEditing(true)} className="self-start text-sm font-semibold text-clay-dark underline">
          Edit
        </button>
      ) : null}
    </div>
  );
}
