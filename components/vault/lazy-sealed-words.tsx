"use client";

import { lazy, Suspense, type ComponentProps } from "react";

const SealedWords = lazy(() => import("./sealed-words").then((module) => ({ default: module.SealedWords })));

/**
 * SealedWords (sealed-words.tsx) with its code loaded only on a page that
 * shows sealed words: a couple that does not encrypt carries none of it.
 */
export function LazySealedWords(props: ComponentProps<typeof SealedWords>) {
  return (
    <Suspense fallback={<span className="text-muted">Opening…</span>}>
      <SealedWords {...props} />
    </Suspense>
  );
}
