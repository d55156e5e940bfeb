import { z } from "zod";
import { NOTE_MAX, REPLY_MAX } from "./limits";

export const UNSEND_WINDOW_MS = 10 * 60 * 1000;

export const ComposeNoteSchema = z.object({
  body: z
    .string({ error: "Write a few words first" })
    .trim()
    .min(1, "Write a few words first")
    .max(NOTE_MAX, `Keep your note to ${NOTE_MAX.toLocaleString("en")} characters or fewer`),
  prompt: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().max(200).optional()),
});

export const NoteIdSchema = z.object({ noteId: z.string().trim().min(1).max(64) });

export const ReplySchema = z.object({
  noteId: z.string().trim().min(1).max(64),
  reply: z
    .string({ error: "Write a short thank-you first" })
    .trim()
    .min(1, "Write a short thank-you first")
    .max(REPLY_MAX, `Keep your reply to ${REPLY_MAX} characters or fewer`),
});

export type ComposeNoteInput = z.infer<typeof ComposeNoteSchema>;
