import { z } from "zod";
import { SEALED_PATTERN } from "./crypto";

/**
 * What the browser sends: sealed values only. The server can check their
 * shape and size, never their content. A sealed 500-character note (up to
 * 2,000 bytes of UTF-8) is under 2,800 characters.
 */
const sealed = (max: number) =>
  z.string().max(max, "That encrypted value is too long.").regex(SEALED_PATTERN, "That isn't an encrypted value.");

export const SealedNoteSchema = sealed(2_800);
/** A wrapped 32-byte key: "k1." + 12 + 32 + 16 bytes in base64url. */
const WrapSchema = sealed(100);
const CredentialIdSchema = z
  .string()
  .min(1)
  .max(1_400)
  .regex(/^[A-Za-z0-9_-]+$/, "That isn't a passkey's id.");
const SaltSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "A salt is 32 bytes in base64url.");

export const PasskeyKeySchema = z.object({ credentialId: CredentialIdSchema, salt: SaltSchema, wrap: WrapSchema });
export type PasskeyKeyInput = z.infer<typeof PasskeyKeySchema>;

export const TurnOnSchema = z.object({ phraseWrap: WrapSchema, passkey: PasskeyKeySchema.optional() });

/** Notes written before encryption was on, sealed in the browser (at most a page of them per request). */
export const SealNotesSchema = z.object({
  notes: z
    .array(z.object({ id: z.string().min(1).max(64), sealedNote: SealedNoteSchema }))
    .min(1)
    .max(20),
});
