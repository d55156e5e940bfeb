import { useEffect, useState } from "react";

const CHANGED = "kindred:note-key";

/**
 * This person's note key on this device: undefined while looking, null when
 * not unlocked here (or no `userId`: nothing to look for). `reload` looks
 * again, here and in every other part of the page that uses the key (Settings
 * has two cards that do). The key code is loaded only for someone who has a
 * key to look for, so other pages do not carry it.
 */
export function useNoteKey(userId: string | undefined) {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const again = () => setVersion((n) => n + 1);
    window.addEventListener(CHANGED, again);
    return () => window.removeEventListener(CHANGED, again);
  }, []);
  const [found, setFound] = useState<{ lookup: string; key: CryptoKey | null } | null>(null);
  const lookup = userId ? `${userId}#${version}` : null;
  useEffect(() => {
    if (!userId || !lookup) return;
    let current = true;
    import("@/lib/vault/device")
      .then(({ noteKeyHere }) => noteKeyHere(userId))
      .catch(() => undefined)
      .then((key) => current && setFound({ lookup, key: key ?? null }));
    return () => {
      current = false;
    };
  }, [userId, lookup]);
  const key = !lookup ? null : found?.lookup === lookup ? found.key : undefined;
  return { key, reload: () => window.dispatchEvent(new Event(CHANGED)) };
}
