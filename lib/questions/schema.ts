import { z } from "zod";
import { freeText } from "@/lib/validation/text";
import { ANSWER_MAX } from "./limits";

const DEPTHS = ["light", "medium", "deep"] as const;
export type Depth = (typeof DEPTHS)[number];

/** One file of content/questions: a theme and its questions, in our own words. */
export const QuestionFileSchema = z.object({
  theme: z.string().regex(/^[a-z]+(-[a-z]+)*$/, "theme must be lower-case words joined by dashes"),
  questions: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z]+(-[a-z]+)*-\d{2}$/, 'id must look like "<theme>-07"'),
        depth: z.enum(DEPTHS, { error: "depth must be light, medium or deep" }),
        text: z
          .string()
          .trim()
          .min(10, "text is too short")
          .max(200, "text must be 200 characters or fewer")
          .endsWith("?", "text must be a question"),
      }),
    )
    .min(1, "a theme needs at least one question"),
});

export type Question = { id: string; theme: string; depth: Depth; text: string };

export const AnswerSchema = z.object({
  dailyQuestionId: z.string().trim().min(1).max(40),
  body: freeText(ANSWER_MAX, `Keep your answer to ${ANSWER_MAX.toLocaleString("en")} characters or fewer`).pipe(
    z.string().min(1, "Write a few words first"),
  ),
});
export type AnswerInput = z.infer<typeof AnswerSchema>;

const AnswerIdSchema = z.object({ answerId: z.string().trim().min(1).max(40) });
export const HeartAnswerSchema = AnswerIdSchema.extend({ hearted: z.enum(["true", "false"]).transform((v) => v === "true") });
export const ArchiveQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
