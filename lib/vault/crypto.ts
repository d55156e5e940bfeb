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

export type SealPurpose = "check-in-note" | "note-key" | "device" | "private-key" | "couple-key" | "couple-note" | "couple-reply";

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

/*
 * "Encrypt our words": each person has an ECDH P-256 key pair made in their
 * browser. The public key is stored as it is; the private key only sealed
 * with the person's note key. A couple key (32 random bytes, made by whoever
 * turns it on) is wrapped to each partner's public key: a one-off key pair,
 * ECDH with the public key, HKDF-SHA-256 over both public keys, AES-256-GCM.
 * A wrap is "e1." + base64url(one-off public key) + "." + a sealed value.
 */

const P256 = { name: "ECDH", namedCurve: "P-256" } as const;
/** A raw uncompressed P-256 public key (65 bytes) in base64url. */
export const PUBLIC_KEY_PATTERN = /^[A-Za-z0-9_-]{87}$/;
export const WRAPPED_TO_PATTERN = /^e1\.[A-Za-z0-9_-]{87}\.k1\.[A-Za-z0-9_-]{38,}$/;

/** A new key pair: the public key to publish and the private key sealed with `noteKey`. */
export async function newKeyPair(noteKey: CryptoKey): Promise<{ publicKey: string; privateWrap: string }> {
  const pair = await subtle().generateKey(P256, true, ["deriveBits"]);
  const publicKey = toBase64url(new Uint8Array(await subtle().exportKey("raw", pair.publicKey)));
  const privateWrap = await sealBytes(noteKey, new Uint8Array(await subtle().exportKey("pkcs8", pair.privateKey)), "private-key");
  return { publicKey, privateWrap };
}

async function sharedKey(privateKey: CryptoKey, otherPublic: string, oneOffPublic: string, recipientPublic: string): Promise<CryptoKey> {
  const other = await subtle().importKey("raw", fromBase64url(otherPublic), P256, false, []);
  const secret = await subtle().deriveBits({ name: "ECDH", public: other }, privateKey, 256);
  const base = await subtle().importKey("raw", secret, "HKDF", false, ["deriveKey"]);
  return subtle().deriveKey(
    { name: "HKDF", hash: "SHA-256", salt: bytes(`${oneOffPublic}.${recipientPublic}`), info: bytes("kindred/couple-key-wrap/v1") },
    base,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

/** Wraps `raw` (a couple key) so that only the holder of `publicKey`'s private key can open it. */
export async function wrapToPublicKey(raw: Uint8Array<ArrayBuffer>, publicKey: string): Promise<string> {
  if (!PUBLIC_KEY_PATTERN.test(publicKey)) throw new WrongKeyError();
  const oneOff = await subtle().generateKey(P256, true, ["deriveBits"]);
  const oneOffPublic = toBase64url(new Uint8Array(await subtle().exportKey("raw", oneOff.publicKey)));
  const key = await sharedKey(oneOff.privateKey, publicKey, oneOffPublic, publicKey);
  return `e1.${oneOffPublic}.${await sealBytes(key, raw, "couple-key")}`;
}

/** Opens a wrap made for me: my sealed private key, opened with my note key, and my public key. Throws WrongKeyError. */
export async function unwrapWithPrivateKey(
  wrap: string,
  mine: { noteKey: CryptoKey; privateWrap: string; publicKey: string },
): Promise<Uint8Array<ArrayBuffer>> {
  if (!WRAPPED_TO_PATTERN.test(wrap)) throw new WrongKeyError();
  const oneOffPublic = wrap.slice(3, 90);
  const pkcs8 = await openBytes(mine.noteKey, mine.privateWrap, "private-key");
  try {
    const privateKey = await subtle().importKey("pkcs8", pkcs8, P256, false, ["deriveBits"]);
    return await openBytes(await sharedKey(privateKey, oneOffPublic, oneOffPublic, mine.publicKey), wrap.slice(91), "couple-key");
  } catch {
    throw new WrongKeyError();
  }
}
