"use client";

import { ActionButton } from "@/components/ui/action-button";
import { heartAction, unsendNoteAction } from "@/lib/notes/actions";

export function HeartButton({ noteId, hearted }: { noteId: string; hearted: boolean }) {
  return (
    <ActionButton action={heartAction} fields={{ noteId, hearted: hearted ? "false" : "true" }} pressed={hearted}>
      <span aria-hidden="true">{hearted ? "♥" : "♡"}</span> {hearted ? "Hearted" : "Heart"}
    </ActionButton>
  );
}

export function UnsendButton({ noteId }: { noteId: string }) {
  return (
    <ActionButton action={unsendNoteAction} fields={{ noteId }} variant="ghost" className="min-h-9 px-3 py-1 text-sm">
      Unsend
    </ActionButton>
  );
}
