import { useEffect, useState } from "react";
import type { SealPurpose } from "@/lib/vault/crypto";

/**
 * `sealed` opened with `key` in this browser: undefined while opening (or no
 * key yet), null when it does not open with this key, else the words. A
 * result for an earlier key or value is never shown for the current one.
 */
export function useOpenedText(key: CryptoKey | null | undefined, sealed: string | null | undefined, purpose: SealPurpose) {
  const [opened, setOpened] = useState<{ key: CryptoKey; sealed: string; text: string | null } | null>(null);
  useEffect(() => {
    if (!key || !sealed) return;
    let current = true;
    import("@/lib/vault/crypto")
      .then(({ openText }) => openText(key, sealed, purpose))
      .then(
        (text) => current && setOpened({ key, sealed, text }),
        () => current && setOpened({ key, sealed, text: null }),
      );
    return () => {
      current = false;
    };
  }, [key, sealed, purpose]);
  return opened && opened.key === key && opened.sealed === sealed ? opened.text : undefined;
}
