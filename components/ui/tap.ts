const SHAPES = {
  /** A word or two: an answer, a bid. */
  pill: "rounded-full px-4 py-2 text-base font-semibold",
  /** A sentence: a phrase on the repair list. */
  block: "rounded-2xl px-3 py-2 text-left text-sm",
} as const;

/**
 * The look of a one-tap button in a TapForm (a plain module, so server
 * components can call it): `chosen` for the one picked, or the one to tap.
 */
export function tapClass(chosen: boolean, shape: keyof typeof SHAPES = "pill"): string {
  const look = chosen ? "border-clay bg-clay text-white hover:bg-clay-dark" : "border-line bg-white text-ink hover:bg-sand";
  return `min-h-11 border transition-colors disabled:opacity-60 ${SHAPES[shape]} ${look}`;
}
