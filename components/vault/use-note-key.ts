import { useEffect, useState } from "react";
import { noteKeyHere } from "@/lib/vault/device";

/** This person's note key on this device: undefined while looking, null when not unlocked here. `reload` looks again. */
export function useNoteKey(userId: string | undefined) {
  const [key, setKey] = useState<CryptoKey | null | undefined>(userId ? undefined : null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!userId) return;
    let current = true;
    noteKeyHere(userId)
      .catch(() => undefined)
      .then((found) => current && setKey(found ?? null));
    return () => {
      current = false;
    };
  }, [userId, version]);
  return { key, reload: () => setVersion((n) => n + 1) };
}
