"use client";

import Link from "next/link";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { CoupleKeys } from "@/lib/vault/couple-keys";
import type { SealPurpose } from "@/lib/vault/crypto";
import { firstLine } from "@/lib/notes/first-line";
import { LockIcon } from "./lock-icon";
import { useOpenedText } from "./use-opened-text";

/** Each couple key opened on this device: undefined while opening, null when the device is locked (or there is nothing to open). */
const OpenedKeys = createContext<Map<string, CryptoKey> | null | undefined>(null);

/**
 * Opens my couple keys once for the page (the server rendered the frame and
 * passed only wrapped keys); what is inside reads them with useCoupleKey.
 * The key code loads only where there are keys.
 */
export function CoupleKeysProvider({ userId, keys, children }: { userId: string; keys: CoupleKeys | null; children: ReactNode }) {
  const [opened, setOpened] = useState<{ keys: CoupleKeys; map: Map<string, CryptoKey> | null } | null>(null);
  useEffect(() => {
    if (!keys) return;
    let current = true;
    import("@/lib/vault/couple-keys")
      .then(({ openCoupleKeys }) => openCoupleKeys(userId, keys))
      .catch(() => null)
      .then((map) => current && setOpened({ keys, map }));
    return () => {
      current = false;
    };
  }, [userId, keys]);
  // A refresh brings a new `keys` object: the keys opened before stay in use until it is opened.
  const value = !keys ? null : opened ? opened.map : undefined;
  return <OpenedKeys.Provider value={value}>{children}</OpenedKeys.Provider>;
}

/** The couple's key on this device: undefined while opening, null when locked here or not held. */
export function useCoupleKey(coupleId: string | null | undefined): CryptoKey | null | undefined {
  const opened = useContext(OpenedKeys);
  if (opened === undefined) return undefined;
  return (coupleId && opened?.get(coupleId)) || null;
}

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
