import { z } from "zod";
import feelingsJson from "@/content/feelings.json";
import { QUADRANTS, type Quadrant } from "./mood";

const FeelingSchema = z.object({
  word: z
    .string()
    .min(2)
    .max(24)
    .regex(/^[a-z][a-z -]*$/, "feeling words are lower-case"),
  meaning: z.string().min(10).max(90),
});

/** The rules content/feelings.json must follow. */
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

/** Throws, naming the file and every problem, when content/feelings.json breaks the rules. */
export function assertValidVocabulary(json: unknown = feelingsJson): void {
  const result = VocabularySchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`);
    throw new Error(`content/feelings.json is invalid:\n  ${problems.join("\n  ")}`);
  }
}
