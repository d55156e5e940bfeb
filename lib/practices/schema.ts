import { z } from "zod";

export const PracticeFrontMatterSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slug must be lower-case words joined by dashes"),
  title: z.string().min(3).max(80),
  summary: z.string().min(10).max(160),
  minutes: z.number().int().min(1).max(120),
  tags: z.array(z.string().regex(/^[a-z-]+$/)).min(1),
  prompts: z.array(z.string().min(5).max(120)).min(1, "at least one note prompt"),
  conversation: z.array(z.string().min(5).max(200)).min(1, "at least one conversation question"),
});

export const REQUIRED_SECTIONS = ["Why it matters", "How to do it", "This week's small exercise"] as const;

export type Practice = z.infer<typeof PracticeFrontMatterSchema> & {
  /** The Markdown body, with the three sections. */
  body: string;
  /** The text of "This week's small exercise", for home and the digest. */
  exercise: string;
};

export const SwapPracticeSchema = z.object({ slug: z.string().trim().min(1).max(80) });

/** "We tried it": on or off. */
export const TriedSchema = z.object({ tried: z.enum(["true", "false"]).transform((v) => v === "true") });
