import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

/** A sign-in link and its code last ten minutes: long enough to switch to Mail and back, short enough to be worthless later. */
export const SIGN_IN_MINUTES = 10;

/** After this many tries (right or wrong) a code is void; one in 200,000 is the best a guesser can hope for. */
export const MAX_CODE_ATTEMPTS = 5;

/** Six digits, uniformly from 000000 to 999999 (crypto's randomInt, never Math.random). */
export function generateSignInCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

/**
 * What a person typed, as the six digits it means: spaces, dashes and a pasted
 * "123 456" are fine, anything that is not six digits is null.
 */
export function normalizeSignInCode(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * How a code is stored: an HMAC keyed with the app's secret over the code, the
 * address and the request it belongs to. A leaked table alone does not give the
 * codes (a million candidates each would need the secret), and a code hashed
 * for one request or address never matches another.
 */
export function hashSignInCode(code: string, binding: { email: string; requestId: string }, secret: string): string {
  return createHmac("sha256", secret).update(`${binding.requestId}\n${binding.email}\n${code}`).digest("hex");
}

/** Whether `code` is the one `storedHash` was made from, compared in constant time. */
export function signInCodeMatches(
  code: string,
  storedHash: string,
  binding: { email: string; requestId: string },
  secret: string,
): boolean {
  const expected = Buffer.from(storedHash, "hex");
  const actual = Buffer.from(hashSignInCode(code, binding, secret), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** When a code (and its link) made at `now` stops working. */
export function signInExpiry(now: Date): Date {
  return new Date(now.getTime() + SIGN_IN_MINUTES * 60_000);
}

/** Why a code was refused, as the person reads it. */
export type CodeRefusal = "wrong" | "void" | "expired" | "used" | "unknown";

/**
 * The decision for one try, given the stored code's state before it: the
 * attempt counts first (so parallel guesses cannot exceed the cap), then
 * expiry, then the comparison.
 */
export function judgeCodeAttempt(
  state: { attemptsBefore: number; expires: Date; matches: boolean },
  now: Date,
): { ok: true } | { ok: false; reason: CodeRefusal; attemptsLeft: number } {
  if (state.attemptsBefore >= MAX_CODE_ATTEMPTS) return { ok: false, reason: "void", attemptsLeft: 0 };
  if (state.expires <= now) return { ok: false, reason: "expired", attemptsLeft: 0 };
  if (state.matches) return { ok: true };
  const attemptsLeft = MAX_CODE_ATTEMPTS - state.attemptsBefore - 1;
  return { ok: false, reason: attemptsLeft === 0 ? "void" : "wrong", attemptsLeft };
}
