"use client";

import { LockIcon } from "./lock-icon";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useNoteKey } from "./use-note-key";

/** A private note sealed in the browser, opened here with this device's key; the server rendered only the frame. */
export function SealedNote({ sealed, authorId }: { sealed: string; authorId: string }) {
  const { key } = useNoteKey(authorId);
  const [text, setText] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (!key) return;
    let current = true;
    import("@/lib/vault/crypto")
      .then(({ openText }) => openText(key, sealed, "check-in-note"))
      .then((opened) => current && setText(opened))
      .catch(() => current && setText(null));
    return () => {
      current = false;
    };
  }, [key, sealed]);

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
