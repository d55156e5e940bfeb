import { z } from "zod";

/** PostgreSQL cannot store U+0000 in text; a NUL would otherwise fail the write with a 500. */
const NUL = /\u0000/;
const NUL_MESSAGE = "This text contains a character Kindred can't store (a NUL byte). Please remove it.";

/** Control characters (line breaks in a name reach email subjects) and bidi controls (they reverse the text after them). */
const NAME_FORBIDDEN = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** Free text a person writes (notes, replies, answers): trimmed, at most `max` characters, no NUL. */
export function freeText(max: number, tooLong: string) {
  return z
    .string()
    .trim()
    .max(max, tooLong)
    .refine((text) => !NUL.test(text), NUL_MESSAGE);
}

/** A name shown to someone else: no control or text-direction characters. */
export function personName(messages: { required: string; tooLong: string; max: number }) {
  return z
    .string({ error: messages.required })
    .trim()
    .min(1, messages.required)
    .max(messages.max, messages.tooLong)
    .refine((name) => !NAME_FORBIDDEN.test(name), "Names can't contain line breaks, control characters or text-direction marks.");
}
