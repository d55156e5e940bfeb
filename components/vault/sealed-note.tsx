"use client";

import { LockIcon } from "./lock-icon";
import Link from "next/link";
import { useNoteKey } from "./use-note-key";
import { useOpenedText } from "./use-opened-text";

/** A private note sealed in the browser, opened here with this device's key; the server rendered only the frame. */
export function SealedNote({ sealed, authorId }: { sealed: string; authorId: string }) {
  const { key } = useNoteKey(authorId);
  const text = useOpenedText(key, sealed, "check-in-note");

  if (key && typeof text === "string") return <p className="whitespace-pre-wrap break-words">{text}</p>;
  if (key === undefined || (key && text === undefined)) return <p className="text-sm text-muted">Opening your encrypted note…</p>;
  return (
    <p className="text-sm text-muted">
      <LockIcon />
      {key ? (
        "This encrypted note doesn't open with the key on this device."
      ) : (
        <>
          Encrypted note.{" "}
          <Link href="/settings#encryption" className="font-semibold text-clay-dark underline">
            Unlock your notes on this device
          </Link>{" "}
          to read it.
        </>
      )}
    </p>
  );
}
