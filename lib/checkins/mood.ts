import feelingsJson from "@/content/feelings.json";

/**
 * Where a mood sits: how pleasant (1-5) and how much energy (1-5). The middle
 * of each scale (3) counts as pleasant and as energetic, so every pair lands in
 * exactly one of four quadrants.
 */
export const QUADRANTS = ["energized", "tense", "low", "calm"] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export function quadrantOf(pleasantness: number, energy: number): Quadrant {
  const pleasant = pleasantness >= 3;
  const high = energy >= 3;
  if (pleasant) return high ? "energized" : "calm";
  return high ? "tense" : "low";
}

type Feeling = { word: string; meaning: string };
export type Vocabulary = Record<Quadrant, { label: string; description: string; words: Feeling[] }>;

/**
 * content/feelings.json. Its rules (12+ words a quadrant, one-line meanings, no
 * word twice) are checked by VocabularySchema when a server starts and by a
 * unit test; this module stays free of zod because the check-in form runs in
 * the browser, where zod would add 30 kB.
 */
export const vocabulary: Vocabulary = feelingsJson;

export function feelingsFor(quadrant: Quadrant) {
  return vocabulary[quadrant].words;
}

export function isFeelingOf(word: string, pleasantness: number, energy: number): boolean {
  return feelingsFor(quadrantOf(pleasantness, energy)).some((f) => f.word === word);
}

export function meaningOf(word: string): string | undefined {
  for (const q of QUADRANTS) {
    const found = vocabulary[q].words.find((f) => f.word === word);
    if (found) return found.meaning;
  }
  return undefined;
}

export const NEEDS = {
  LISTENING_EAR: "A listening ear",
  SPACE: "Some space",
  HUG: "A hug",
  PRACTICAL_HELP: "Practical help",
} as const;

export const PLEASANTNESS_LABELS = ["Very unpleasant", "Unpleasant", "Neutral", "Pleasant", "Very pleasant"] as const;
export const ENERGY_LABELS = ["Very low", "Low", "Medium", "High", "Very high"] as const;

const PLEASANTNESS_WORDS = ["very unpleasant", "unpleasant", "so-so", "pleasant", "very pleasant"] as const;
const ENERGY_WORDS = ["drained", "low on energy", "steady", "energetic", "full of energy"] as const;

/** One tap (1-5, or an average of them) in words: pleasantness 4 is "pleasant", energy 2 "low on energy". */
export function scaleInWords(metric: "pleasantness" | "energy", value: number): string {
  const words = metric === "pleasantness" ? PLEASANTNESS_WORDS : ENERGY_WORDS;
  return words[Math.min(4, Math.max(0, Math.round(value) - 1))]!;
}

/** The two taps in words, for a person rather than a chart: "pleasant and energetic". */
export function moodInWords(pleasantness: number, energy: number): string {
  return `${scaleInWords("pleasantness", pleasantness)} and ${scaleInWords("energy", energy)}`;
}

/** What a check-in is called: its word, or without one its mood's name ("settled"). */
export function feelingName(checkIn: { feeling: string | null; pleasantness: number; energy: number }): string {
  return checkIn.feeling ?? vocabulary[quadrantOf(checkIn.pleasantness, checkIn.energy)].label.toLowerCase();
}
