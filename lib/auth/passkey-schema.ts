import { z } from "zod";

const base64url = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+$/, "must be base64url");

const common = {
  id: base64url(1400),
  rawId: base64url(1400),
  type: z.literal("public-key"),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
};

/** What @simplewebauthn/browser's startRegistration() returns, bounded. */
export const RegistrationResponseSchema = z.object({
  ...common,
  response: z.object({
    clientDataJSON: base64url(4096),
    attestationObject: base64url(16384),
    transports: z.array(z.string().max(32)).max(8).optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url(4096).optional(),
    authenticatorData: base64url(8192).optional(),
  }),
});

/** What @simplewebauthn/browser's startAuthentication() returns, bounded. */
export const AuthenticationResponseSchema = z.object({
  ...common,
  response: z.object({
    clientDataJSON: base64url(4096),
    authenticatorData: base64url(8192),
    signature: base64url(2048),
    userHandle: base64url(512).optional(),
  }),
});

const PasskeyNameSchema = z.string().trim().min(1, "Give the passkey a name").max(60, "Keep the name under 60 characters");

export const RegisterPasskeySchema = z.object({ response: RegistrationResponseSchema });
export const PasskeySignInSchema = z.object({ response: AuthenticationResponseSchema, callbackUrl: z.string().max(2048).optional() });
export const RenamePasskeySchema = z.object({ passkeyId: z.string().min(1).max(40), name: PasskeyNameSchema });
export const PasskeyIdSchema = z.object({ passkeyId: z.string().min(1).max(40) });
