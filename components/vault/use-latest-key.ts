import { useEffect, useRef, type RefObject } from "react";

/**
 * The key as of the latest render. A form action is the closure of the render
 * it was made in, which may be before the key was opened: it reads this.
 */
export function useLatestKey(key: CryptoKey | null | undefined): RefObject<CryptoKey | null | undefined> {
  const latest = useRef(key);
  useEffect(() => {
    latest.current = key;
  }, [key]);
  return latest;
}
