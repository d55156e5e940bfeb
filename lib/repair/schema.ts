import { z } from "zod";
import { freeText } from "@/lib/validation/text";
import { phraseText } from "./phrases";

export const OWN_PHRASE_MAX = 120;

const id = z.string().trim().min(1).max(64);

/** One phrase of ours tapped on the list: picked, or taken off again. */
export const TogglePhraseSchema = z.object({
  phraseId: z.string().refine((p) => phraseText(p) !== undefined, "That phrase isn't one of ours"),
});

export const OwnPhraseSchema = z.object({
  text: z
    .string({ error: "Write the words you'd welcome" })
    .pipe(freeText(OWN_PHRASE_MAX, `Keep it to ${OWN_PHRASE_MAX} characters or fewer`))
    .pipe(z.string().min(3, "Write the words you'd welcome")),
  private: z
    .enum(["on"])
    .optional()
    .transform((v) => v === "on"),
});

export const PickIdSchema = z.object({ pickId: id });
export const PickPrivacySchema = PickIdSchema.extend({ private: z.enum(["true", "false"]).transform((v) => v === "true") });
