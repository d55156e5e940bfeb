import { z } from "zod";
import { NEEDS, isFeelingOf } from "./mood";
import { RESPONSES } from "./responses";

const scale = (what: string) =>
  z.coerce
    .number({ error: `Choose how ${what} you feel` })
    .int(`Choose how ${what} you feel`)
    .min(1, `Choose how ${what} you feel`)
    .max(5, `Choose how ${what} you feel`);

const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const CheckInSchema = z
  .object({
    pleasantness: scale("pleasant"),
    energy: z.coerce
      .number({ error: "Choose how much energy you have" })
      .int("Choose how much energy you have")
      .min(1, "Choose how much energy you have")
      .max(5, "Choose how much energy you have"),
    feeling: z.string({ error: "Choose the word that fits best" }).trim().min(1, "Choose the word that fits best"),
    note: z.preprocess(emptyAsUndefined, z.string().trim().max(500, "Keep the note to 500 characters or fewer").optional()),
    visibility: z.enum(["SHARED", "PRIVATE"], { error: "Choose who can see this" }),
    need: z.preprocess(
      emptyAsUndefined,
      z.enum(Object.keys(NEEDS) as [keyof typeof NEEDS], { error: "Choose what would help, or nothing" }).optional(),
    ),
  })
  .superRefine((input, ctx) => {
    if (!isFeelingOf(input.feeling, input.pleasantness, input.energy)) {
      ctx.addIssue({ code: "custom", path: ["feeling"], message: "Choose a word from the list for this mood" });
    }
  });

export type CheckInInput = z.infer<typeof CheckInSchema>;

export const CheckInIdSchema = z.object({ checkInId: z.string().trim().min(1).max(64) });

export const RespondSchema = z.object({
  checkInId: z.string().trim().min(1).max(64),
  kind: z.enum(Object.keys(RESPONSES) as [keyof typeof RESPONSES], { error: "Choose a response" }),
});
