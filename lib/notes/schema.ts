import { z } from "zod";
import { freeText } from "@/lib/validation/text";
import { NOTE_MAX, REPLY_MAX } from "./limits";

export const UNSEND_WINDOW_MS = 10 * 60 * 1000;

export const ComposeNoteSchema = z.object({
  body: z
    .string({ error: "Write a few words first" })
    .pipe(freeText(NOTE_MAX, `Keep your note to ${NOTE_MAX.toLocaleString("en")} characters or fewer`))
    .pipe(z.string().min(1, "Write a few words first")),
  prompt: z.preprocess((v) => (v === "" ? undefined : v), freeText(200, "That prompt is too long").optional()),
});

export const NoteIdSchema = z.object({ noteId: z.string().trim().min(1).max(64) });

/** The heart button: on or off. */
export const HeartSchema = NoteIdSchema.extend({ hearted: z.enum(["true", "false"]).transform((v) => v === "true") });

export const ReplySchema = z.object({
  noteId: z.string().trim().min(1).max(64),
  reply: z
    .string({ error: "Write a short thank-you first" })
    .pipe(freeText(REPLY_MAX, `Keep your reply to ${REPLY_MAX} characters or fewer`))
    .pipe(z.string().min(1, "Write a short thank-you first")),
});

export type ComposeNoteInput = z.infer<typeof ComposeNoteSchema>;
