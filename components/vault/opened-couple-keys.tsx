"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { CoupleKeys } from "@/lib/vault/couple-keys";

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
