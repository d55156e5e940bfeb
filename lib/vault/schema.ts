import { z } from "zod";
import { PUBLIC_KEY_PATTERN, SEALED_PATTERN, WRAPPED_TO_PATTERN } from "./crypto";

/**
 * What the browser sends: sealed values only. The server can check their
 * shape and size, never their content. A sealed 500-character note (up to
 * 2,000 bytes of UTF-8) is under 2,800 characters.
 */
const sealed = (max: number) =>
  z.string().max(max, "That encrypted value is too long.").regex(SEALED_PATTERN, "That isn't an encrypted value.");

export const SealedNoteSchema = sealed(2_800);
/** The longest appreciation note (1,000 characters, up to 3,000 bytes) and reply (280) sealed with the couple key. */
export const SealedBodySchema = sealed(4_100);
export const SealedReplySchema = sealed(1_200);
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

/** My key pair: the public key, and the private key (PKCS #8, about 140 bytes) sealed with my note key. */
export const KeyPairSchema = z.object({
  publicKey: z.string().regex(PUBLIC_KEY_PATTERN, "That isn't a public key."),
  privateWrap: sealed(400),
});

export const TurnOnSchema = z.object({ phraseWrap: WrapSchema, passkey: PasskeyKeySchema.optional(), keyPair: KeyPairSchema });

/** "Encrypt our words": the new couple key wrapped to each partner's public key. */
export const CoupleTurnOnSchema = z.object({
  wraps: z
    .array(
      z.object({
        userId: z.string().min(1).max(64),
        wrap: z.string().max(200).regex(WRAPPED_TO_PATTERN, "That isn't a wrapped key."),
      }),
    )
    .length(2, "Wrap the key for both of you."),
});

/** The couple's notes and replies written before, sealed in the browser (a page at a time). */
export const SealCoupleNotesSchema = z.object({
  notes: z
    .array(z.object({ id: z.string().min(1).max(64), sealedBody: SealedBodySchema.optional(), sealedReply: SealedReplySchema.optional() }))
    .min(1)
    .max(20),
});

/** Notes written before encryption was on, sealed in the browser (at most a page of them per request). */
export const SealNotesSchema = z.object({
  notes: z
    .array(z.object({ id: z.string().min(1).max(64), sealedNote: SealedNoteSchema }))
    .min(1)
    .max(20),
});
