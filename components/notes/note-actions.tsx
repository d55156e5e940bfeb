"use client";

import { useActionState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { idleFormState } from "@/lib/forms/form-state";
import { heartAction, replyAction, unsendNoteAction } from "@/lib/notes/actions";
import { REPLY_MAX } from "@/lib/notes/limits";

export function HeartButton({ noteId, hearted }: { noteId: string; hearted: boolean }) {
  return (
    <ActionButton action={heartAction} fields={{ noteId, hearted: hearted ? "false" : "true" }} pressed={hearted}>
      <span aria-hidden="true">{hearted ? "♥" : "♡"}</span> {hearted ? "Hearted" : "Heart"}
    </ActionButton>
  );
}

export function ReplyForm({ noteId }: { noteId: string }) {
  const [state, action, pending] = useActionState(replyAction, idleFormState);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="noteId" value={noteId} />
      <FormMessage status={state.status} message={state.fieldErrors?.reply ? undefined : state.message} />
      <TextField
        label="Reply with a short thank-you"
        name="reply"
        maxLength={REPLY_MAX}
        defaultValue={state.values?.reply}
        error={state.fieldErrors?.reply}
        hint={`Once, up to ${REPLY_MAX} characters.`}
      />
      <Button type="submit" variant="secondary" className="self-start" disabled={pending}>
        Send reply
      </Button>
    </form>
  );
}

export function UnsendButton({ noteId }: { noteId: string }) {
  return (
    <ActionButton action={unsendNoteAction} fields={{ noteId }} variant="ghost" className="min-h-9 px-3 py-1 text-sm">
      Unsend
    </ActionButton>
  );
}
