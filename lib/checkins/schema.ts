import { z } from "zod";
import { freeText } from "@/lib/validation/text";
import { SealedNoteSchema } from "@/lib/vault/schema";
import { VISIBILITIES } from "./visibility";
import { NEEDS, isFeelingOf } from "./mood";
import { RESPONSES } from "./responses";

/**
 * A 1-5 scale. Forms send text ("4"), so the form schema reads digits (and
 * numbers, for callers in code); JSON takes numbers only, so "0x4", [4] or
 * "4e0" are refused rather than read as 4.
 */
function scale(message: string, source: Source) {
  const number = z.number({ error: message }).int(message).min(1, message).max(5, message);
  if (source === "json") return number;
  return z
    .union(
      [
        z.number(),
        z
          .string()
          .trim()
          .regex(/^\d{1,2}$/)
          .transform(Number),
      ],
      { error: message },
    )
    .pipe(number);
}

type Source = "form" | "json";

const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

function checkInSchema(source: Source) {
  return z
    .object({
      pleasantness: scale("Choose how pleasant you feel", source),
      energy: scale("Choose how much energy you have", source),
      // Optional: pleasantness, energy and Save are a whole check-in; the word adds to it.
      feeling: z.preprocess(emptyAsUndefined, z.string({ error: "Choose a word from the list for this mood" }).trim().max(40).optional()),
      note: z.preprocess(emptyAsUndefined, freeText(500, "Keep the note to 500 characters or fewer").optional()),
      // The note sealed in the author's browser instead (encryption on, private only): lib/vault.
      sealedNote: z.preprocess(emptyAsUndefined, SealedNoteSchema.optional()),
      visibility: z.enum(VISIBILITIES, { error: "Choose who can see this" }),
      need: z.preprocess(
        emptyAsUndefined,
        z.enum(Object.keys(NEEDS) as [keyof typeof NEEDS], { error: "Choose what would help, or nothing" }).optional(),
      ),
      // Made on the phone: the same check-in sent twice (an offline queue, a double tap) is stored once.
      clientId: z.preprocess(emptyAsUndefined, z.uuid("clientId must be a UUID").optional()),
      // When it was written, for one kept on the phone while offline.
      recordedAt: z.preprocess(emptyAsUndefined, z.iso.datetime({ offset: true, error: "recordedAt must be an ISO date" }).optional()),
    })
    .superRefine((input, ctx) => {
      if (input.sealedNote !== undefined && input.note !== undefined) {
        ctx.addIssue({ code: "custom", path: ["note"], message: "Send the note encrypted or as text, not both" });
      }
      if (input.sealedNote !== undefined && input.visibility === "SHARED") {
        ctx.addIssue({ code: "custom", path: ["note"], message: "An encrypted note can only be private: your partner couldn't read it" });
      }
      if (input.feeling !== undefined && !isFeelingOf(input.feeling, input.pleasantness, input.energy)) {
        ctx.addIssue({ code: "custom", path: ["feeling"], message: "Choose a word from the list for this mood" });
      }
    });
}

/** A check-in from the form. */
export const CheckInSchema = checkInSchema("form");
/** A check-in from JSON (POST /api/checkins): the same rules, numbers as numbers. */
export const CheckInJsonSchema = checkInSchema("json");

export type CheckInInput = z.infer<typeof CheckInSchema>;

export const CheckInIdSchema = z.object({ checkInId: z.string().trim().min(1).max(64) });

/** Editing: the same fields and which check-in. */
export const CheckInUpdateSchema = CheckInSchema.and(CheckInIdSchema);

const responseKind = z.enum(Object.keys(RESPONSES) as [keyof typeof RESPONSES], { error: "Choose a response" });

export const RespondSchema = z.object({ checkInId: z.string().trim().min(1).max(64), kind: responseKind });

/** POST /api/checkins/[id]/responses: the check-in comes from the path. */
export const RespondJsonSchema = z.object({ kind: responseKind });
