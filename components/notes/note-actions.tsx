"use client";

import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useSealingAction } from "@/components/vault/seal-words";
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
  const { state, action, pending, locked } = useSealingAction(replyAction, REPLY_FIELD, sealFor);
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
      {sealFor ? <SealingLine locked={locked} /> : null}
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
