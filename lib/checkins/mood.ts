import { z } from "zod";
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

const FeelingSchema = z.object({
  word: z.string().min(2).max(24).regex(/^[a-z][a-z -]*$/, "feeling words are lower-case"),
  meaning: z.string().min(10).max(90),
});

export const VocabularySchema = z
  .object(
    Object.fromEntries(
      QUADRANTS.map((q) => [
        q,
        z.object({
          label: z.string().min(3),
          description: z.string().min(3),
          words: z.array(FeelingSchema).min(12, `quadrant ${q} needs at least 12 words`),
        }),
      ]),
    ) as Record<Quadrant, z.ZodObject<{ label: z.ZodString; description: z.ZodString; words: z.ZodArray<typeof FeelingSchema> }>>,
  )
  .superRefine((vocabulary, ctx) => {
    const seen = new Set<string>();
    for (const q of QUADRANTS) {
      for (const { word } of vocabulary[q].words) {
        if (seen.has(word)) ctx.addIssue({ code: "custom", path: [q], message: `"${word}" appears in more than one place` });
        seen.add(word);
      }
    }
  });

export type Vocabulary = z.infer<typeof VocabularySchema>;

/** content/feelings.json, validated when first loaded (and by a unit test). */
export const vocabulary: Vocabulary = VocabularySchema.parse(feelingsJson);

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

export const RESPONSES = {
  THINKING_OF_YOU: "Thinking of you",
  WANT_TO_TALK: "Want to talk?",
  SENDING_A_HUG: "Sending a hug",
} as const;

export const PLEASANTNESS_LABELS = ["Very unpleasant", "Unpleasant", "Neutral", "Pleasant", "Very pleasant"] as const;
export const ENERGY_LABELS = ["Very low", "Low", "Medium", "High", "Very high"] as const;
