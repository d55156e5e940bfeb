import { base64urlnopad } from "@scure/base";

/**
 * The cryptography of "Encrypt my private notes", run in the browser (and in
 * the unit tests) with WebCrypto only: AES-256-GCM for every sealed value,
 * HKDF-SHA-256 to turn a recovery phrase's entropy or a passkey's PRF output
 * into a wrapping key. Nothing here is a hand-made primitive.
 *
 * The note key is 32 random bytes made in the browser. The server stores it
 * only wrapped: by the recovery phrase (lib/vault/phrase.ts), by a passkey's
 * PRF output, and never in the clear. A sealed value is
 * "k1." + base64url(12-byte IV | ciphertext with its tag), and its additional
 * data names what it is, so a wrapped key can never be read as a note.
 */

const PREFIX = "k1.";
const IV_BYTES = 12;
/** A sealed value as the server accepts it (it cannot check more than the shape). */
export const SEALED_PATTERN = /^k1\.[A-Za-z0-9_-]{38,}$/;

export type SealPurpose = "check-in-note" | "note-key" | "device";

/** Thrown when a sealed value does not open with the key: the wrong phrase or passkey, or a damaged value. */
export class WrongKeyError extends Error {
  constructor() {
    super("This key does not open it.");
    this.name = "WrongKeyError";
  }
}

const subtle = () => globalThis.crypto.subtle;
const bytes = (text: string) => new TextEncoder().encode(text);
const additionalData = (purpose: SealPurpose) => bytes(`kindred/${purpose}/v1`);

/** 32 random bytes: a new note key, or a PRF salt. */
export function randomKeyBytes(): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(32));
}

export const toBase64url = (value: Uint8Array) => base64urlnopad.encode(value);
export const fromBase64url = (value: string) => Uint8Array.from(base64urlnopad.decode(value));

/** The note key as WebCrypto holds it: usable, never readable back out. */
export function importNoteKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return subtle().importKey("raw", raw, { name: "AES-GCM" }, false, ["encrypt", "decrypt"]);
}

/** A wrapping key from a high-entropy secret (a phrase's 256 bits, a passkey's PRF output), for `info`. */
export async function wrappingKeyFrom(secret: Uint8Array<ArrayBuffer>, info: "recovery-phrase" | "passkey-prf"): Promise<CryptoKey> {
  const base = await subtle().importKey("raw", secret, "HKDF", false, ["deriveKey"]);
  return subtle().deriveKey(
    { name: "HKDF", hash: "SHA-256", salt: bytes("kindred"), info: bytes(`kindred/${info}/v1`) },
    base,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

export async function sealBytes(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, purpose: SealPurpose): Promise<string> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const cipher = new Uint8Array(await subtle().encrypt({ name: "AES-GCM", iv, additionalData: additionalData(purpose) }, key, plain));
  const out = new Uint8Array(IV_BYTES + cipher.length);
  out.set(iv);
  out.set(cipher, IV_BYTES);
  return PREFIX + toBase64url(out);
}

export async function openBytes(key: CryptoKey, sealed: string, purpose: SealPurpose): Promise<Uint8Array<ArrayBuffer>> {
  if (!SEALED_PATTERN.test(sealed)) throw new WrongKeyError();
  try {
    // A damaged value may not even decode (base64url's last character carries spare bits that must be zero).
    const all = fromBase64url(sealed.slice(PREFIX.length));
    const plain = await subtle().decrypt(
      { name: "AES-GCM", iv: all.slice(0, IV_BYTES), additionalData: additionalData(purpose) },
      key,
      all.slice(IV_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    throw new WrongKeyError();
  }
}

export const sealText = async (key: CryptoKey, text: string, purpose: SealPurpose) => sealBytes(key, bytes(text), purpose);

export async function openText(key: CryptoKey, sealed: string, purpose: SealPurpose): Promise<string> {
  return new TextDecoder().decode(await openBytes(key, sealed, purpose));
}
