import type { ComponentProps, ReactNode } from "react";

/** A round chip, filled when chosen: the face of most choices (a feeling, a need, who sees a check-in). */
export const CHIP =
  "flex min-h-11 cursor-pointer items-center justify-center rounded-full border border-line bg-white px-4 py-2 text-base font-semibold text-ink transition-colors peer-checked:border-clay peer-checked:bg-clay peer-checked:text-white peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-clay hover:bg-sand";

type RadioProps = Omit<ComponentProps<"input">, "type" | "className" | "children"> & { children: ReactNode };

/**
 * One option of a radio group drawn as a tappable face (`face`: a chip by
 * default): the radio itself is hidden but keeps the keyboard, the focus
 * ring and what a screen reader says.
 */
export function ChoiceChip({ face = CHIP, children, ...input }: RadioProps & { face?: string }) {
  return (
    <label>
      <input type="radio" {...input} className="peer sr-only" />
      <span className={face}>{children}</span>
    </label>
  );
}

/** One option of a radio group as a plain row: the radio, then its words. */
export function RadioRow({ children, ...input }: RadioProps) {
  return (
    <label className="flex items-center gap-3">
      <input type="radio" {...input} className="h-5 w-5 accent-clay" />
      {children}
    </label>
  );
}
