import { z } from "zod";
import { freeText } from "@/lib/validation/text";
import { APOLOGY_ANSWERS, APOLOGY_FIELD_MAX, DEFAULT_ASK } from "./apology";

const part = (empty: string) =>
  z
    .string({ error: empty })
    .pipe(freeText(APOLOGY_FIELD_MAX, `Keep this to ${APOLOGY_FIELD_MAX} characters or fewer`))
    .pipe(z.string().min(3, empty));

export const ApologySchema = z.object({
  happened: part("Name what happened, in a few words"),
  effect: part("Say how it affected them"),
  change: part("Say what you will do differently"),
  ask: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? DEFAULT_ASK : v),
    freeText(200, "Keep the question to 200 characters or fewer"),
  ),
});

export type ApologyInput = z.infer<typeof ApologySchema>;

export const ApologyIdSchema = z.object({ apologyId: z.string().trim().min(1).max(64) });
export const AnswerApologySchema = ApologyIdSchema.extend({
  answer: z.enum(Object.keys(APOLOGY_ANSWERS) as [keyof typeof APOLOGY_ANSWERS, ...(keyof typeof APOLOGY_ANSWERS)[]]),
});
