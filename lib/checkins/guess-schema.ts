import { z } from "zod";
import { QUADRANTS } from "./mood";

/** A guess from home: a mood, or "skip" to just see theirs; optionally a feeling word of that mood. */
export const GuessSchema = z.object({
  checkInId: z.string().trim().min(1).max(64),
  quadrant: z.enum([...QUADRANTS, "skip"], { error: "Choose one of the four moods" }).transform((q) => (q === "skip" ? null : q)),
  feeling: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().max(40).optional()),
});
