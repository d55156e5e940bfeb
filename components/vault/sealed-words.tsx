"use client";

import Link from "next/link";
import type { SealPurpose } from "@/lib/vault/crypto";
import { firstLine } from "@/lib/notes/first-line";
import { LockIcon } from "./lock-icon";
import { useCoupleKey } from "./opened-couple-keys";
import { useOpenedText } from "./use-opened-text";

/**
 * Words sealed with a couple key, opened here. `firstLineOf` shows only the
 * first line (lists); `unlockLink` is left out where the words sit inside a
 * link already.
 */
export function SealedWords({
  sealed,
  coupleId,
  purpose,
  firstLineOf,
  unlockLink = true,
}: {
  sealed: string;
  coupleId: string | null;
  purpose: Extract<SealPurpose, "couple-note" | "couple-reply">;
  firstLineOf?: number;
  unlockLink?: boolean;
}) {
  const key = useCoupleKey(coupleId);
  const text = useOpenedText(key, sealed, purpose);
  if (typeof text === "string") return <>{firstLineOf ? firstLine(text, firstLineOf) : text}</>;
  if (key === undefined || (key && text === undefined)) return <span className="text-muted">Opening…</span>;
  return (
    <span className="text-sm font-normal text-muted">
      <LockIcon />
      {key ? (
        "This encrypted note doesn't open with the key on this device."
      ) : unlockLink ? (
        <>
          Encrypted.{" "}
          <Link href="/settings#our-words" className="font-semibold text-clay-dark underline">
            Unlock your notes on this device
          </Link>{" "}
          to read it.
        </>
      ) : (
        "Encrypted. Unlock your notes on this device (Settings) to read it."
      )}
    </span>
  );
}
