import { LOCKED_WORDS } from "@/lib/notes/limits";
import type { SealPurpose } from "@/lib/vault/crypto";

type Field = { name: string; sealedName: string; purpose: SealPurpose; max: number; empty: string; tooLong: string };

/**
 * For a couple that encrypts its words: seals the form's `name` field into
 * `sealedName` before it is sent, after the checks the server can no longer
 * make (empty, too long). Returns the problem to show instead, if any.
 */
export async function sealWordsIn(formData: FormData, field: Field, key: CryptoKey | null | undefined): Promise<string | null> {
  const words = String(formData.get(field.name) ?? "").trim();
  if (!words) return field.empty;
  if (words.length > field.max) return field.tooLong;
  if (!key) return LOCKED_WORDS;
  const { sealText } = await import("@/lib/vault/crypto");
  formData.set(field.sealedName, await sealText(key, words, field.purpose));
  formData.delete(field.name);
  return null;
}
