"use client";

import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useSealingAction } from "@/components/vault/seal-words";
import { replyAction } from "@/lib/notes/actions";
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
