import "server-only";
import { createHmac, randomBytes, randomInt } from "node:crypto";
import { env } from "@/lib/env";

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong. */
const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 10; // 50 bits; lookups are also rate-limited per client

/** A fresh invite: the link secret (32 random bytes) and a short code, both shown once. */
export function newInviteSecrets(): { token: string; code: string } {
  const token = randomBytes(32).toString("base64url");
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return { token, code: formatInviteCode(code) };
}

function formatInviteCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** How a typed code is compared: case, spaces and dashes ignored, look-alike letters mapped. */
function normalizeInviteCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
}

export function looksLikeInviteCode(input: string): boolean {
  const normalized = normalizeInviteCode(input);
  return normalized.length === CODE_LENGTH && [...normalized].every((c) => CODE_ALPHABET.includes(c));
}

/**
 * Secrets are stored as an HMAC keyed with NEXTAUTH_SECRET, so a copy of the
 * database alone is not enough to brute-force the short codes.
 */
export function hashInviteSecret(kind: "token" | "code", value: string): string {
  const key = env().NEXTAUTH_SECRET ?? "kindred-development-only-key";
  const normalized = kind === "code" ? normalizeInviteCode(value) : value;
  return createHmac("sha256", key).update(`${kind}:${normalized}`).digest("hex");
}
