import { generateMnemonic, mnemonicToEntropy } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { wrappingKeyFrom } from "./crypto";

/**
 * The recovery phrase: 24 BIP39 English words, 256 bits from the browser's
 * random source, with BIP39's checksum so a mistyped word is caught before
 * any key is tried. Its entropy (not the words) goes through HKDF.
 */
export const PHRASE_WORDS = 24;

export function newRecoveryPhrase(): string {
  return generateMnemonic(wordlist, 256);
}

/** What a person typed or pasted, as BIP39 reads it: lower case, single spaces, numbering ("1." or "1)") dropped. */
export function normalisePhrase(typed: string): string {
  return typed
    .toLowerCase()
    .replace(/\d+[.)]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .join(" ");
}

/** Why a typed phrase is not one, in words for the person; null when it is one. */
export function phraseProblem(typed: string): string | null {
  const words = normalisePhrase(typed).split(" ").filter(Boolean);
  if (words.length !== PHRASE_WORDS) return `A recovery phrase has ${PHRASE_WORDS} words; this has ${words.length}.`;
  const unknown = words.find((word) => !wordlist.includes(word));
  if (unknown) return `“${unknown}” isn't one of the recovery words. Check its spelling.`;
  try {
    mnemonicToEntropy(words.join(" "), wordlist);
    return null;
  } catch {
    return "These words aren't in the right order, or one of them is a different word. Check each against what you wrote down.";
  }
}

/** The key that wraps the note key, from a valid phrase (check it with phraseProblem first). */
export function phraseWrappingKey(phrase: string): Promise<CryptoKey> {
  return wrappingKeyFrom(Uint8Array.from(mnemonicToEntropy(normalisePhrase(phrase), wordlist)), "recovery-phrase");
}
