"use client";

import { useActionState, useEffect, useRef } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useCoupleKey } from "@/components/vault/couple-words";
import { sealWordsIn } from "@/components/vault/seal-words";
import { idleFormState, type FormState } from "@/lib/forms/form-state";
import { heartAction, replyAction, unsendNoteAction } from "@/lib/notes/actions";
import { REPLY_MAX } from "@/lib/notes/limits";
import { SealingLine } from "./sealing-line";

const REPLY_FIELD = {
  name: "reply",
  sealedName: "sealedReply",
  purpose: "couple-reply",
  max: REPLY_MAX,
  empty: "Write a short thank-you first",
  tooLong: `Keep your reply to ${REPLY_MAX} characters or fewer`,
} as const;

export function HeartButton({ noteId, hearted }: { noteId: string; hearted: boolean }) {
  return (
    <ActionButton action={heartAction} fields={{ noteId, hearted: hearted ? "false" : "true" }} pressed={hearted}>
      <span aria-hidden="true">{hearted ? "♥" : "♡"}</span> {hearted ? "Hearted" : "Heart"}
    </ActionButton>
  );
}

/** `sealFor`: the couple's id when it encrypts its words (the reply is sealed here before it is sent). */
export function ReplyForm({ noteId, sealFor }: { noteId: string; sealFor?: string }) {
  const key = useCoupleKey(sealFor);
  // As in the compose form: the action may be an earlier render's closure.
  const keyRef = useRef(key);
  useEffect(() => {
    keyRef.current = key;
  }, [key]);
  const [state, action, pending] = useActionState(async (previous: FormState, formData: FormData): Promise<FormState> => {
    const problem = sealFor ? await sealWordsIn(formData, REPLY_FIELD, keyRef.current) : null;
    if (problem) return { status: "error", message: problem, fieldErrors: { reply: problem } };
    return replyAction(previous, formData);
  }, idleFormState);
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
      {sealFor ? <SealingLine locked={key === null} /> : null}
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
