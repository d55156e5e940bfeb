import { z } from "zod";
import { freeText } from "@/lib/validation/text";
import { SealedBodySchema, SealedReplySchema } from "@/lib/vault/schema";
import { NOTE_MAX, REPLY_MAX } from "./limits";

export const UNSEND_WINDOW_MS = 10 * 60 * 1000;

/** What a form sends as words or, for a couple that encrypts its words, sealed in the browser (which checks the length first). */
type WordsOrSealed<Words extends string, Sealed extends string> =
  ({ [K in Words]: string } & { [K in Sealed]?: undefined }) | ({ [K in Sealed]: string } & { [K in Words]?: undefined });

/** `words` checked as `schema` when nothing sealed came (for its field's message); never both kept. */
function wordsIn(schema: z.ZodType<string>, words: unknown, field: string, ctx: z.RefinementCtx): string {
  const parsed = schema.safeParse(words);
  if (parsed.success) return parsed.data;
  ctx.addIssue({ code: "custom", path: [field], message: parsed.error.issues[0]?.message ?? "Check this" });
  return z.NEVER;
}

const Body = z
  .string({ error: "Write a few words first" })
  .pipe(freeText(NOTE_MAX, `Keep your note to ${NOTE_MAX.toLocaleString("en")} characters or fewer`))
  .pipe(z.string().min(1, "Write a few words first"));

export type ComposeNoteInput = WordsOrSealed<"body", "sealedBody"> & { prompt?: string };

export const ComposeNoteSchema = z
  .object({
    body: z.unknown().optional(),
    sealedBody: SealedBodySchema.optional(),
    prompt: z.preprocess((v) => (v === "" ? undefined : v), freeText(200, "That prompt is too long").optional()),
  })
  .transform(({ body, sealedBody, prompt }, ctx): ComposeNoteInput =>
    sealedBody ? { sealedBody, prompt } : { body: wordsIn(Body, body, "body", ctx), prompt },
  );

export const NoteIdSchema = z.object({ noteId: z.string().trim().min(1).max(64) });

/** The heart button: on or off. */
export const HeartSchema = NoteIdSchema.extend({ hearted: z.enum(["true", "false"]).transform((v) => v === "true") });

const Reply = z
  .string({ error: "Write a short thank-you first" })
  .pipe(freeText(REPLY_MAX, `Keep your reply to ${REPLY_MAX} characters or fewer`))
  .pipe(z.string().min(1, "Write a short thank-you first"));

export type ReplyInput = WordsOrSealed<"reply", "sealedReply">;

export const ReplySchema = z
  .object({ noteId: z.string().trim().min(1).max(64), reply: z.unknown().optional(), sealedReply: SealedReplySchema.optional() })
  .transform(({ noteId, reply, sealedReply }, ctx): ReplyInput & { noteId: string } =>
    sealedReply ? { noteId, sealedReply } : { noteId, reply: wordsIn(Reply, reply, "reply", ctx) },
  );
