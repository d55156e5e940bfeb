import { clear, createStore, del, get, set, type UseStore } from "idb-keyval";
import { importNoteKey, openBytes, sealBytes, type WrongKeyError } from "./crypto";

/**
 * The note key kept on this device, per person, in IndexedDB: wrapped by a
 * device key that WebCrypto made non-extractable, so it can be used here and
 * never read out as bytes by a script or copied to another device. Signing
 * out forgets every one (components/auth/sign-out-button.tsx).
 */
type Kept = { deviceKey: CryptoKey; wrapped: string };

let store: UseStore | undefined;
const keys = () => (store ??= createStore("kindred-vault", "note-keys"));

export async function keepNoteKeyHere(userId: string, raw: Uint8Array<ArrayBuffer>): Promise<void> {
  const deviceKey = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
  await set(userId, { deviceKey, wrapped: await sealBytes(deviceKey, raw, "device") } satisfies Kept, keys());
}

/** The note key's bytes, for wrapping it to another passkey; undefined when it is not kept here. Throws WrongKeyError if damaged. */
export async function rawNoteKeyHere(userId: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const kept = await get<Kept>(userId, keys());
  return kept ? openBytes(kept.deviceKey, kept.wrapped, "device") : undefined;
}

/** The note key to seal and open notes with, or undefined when this device has not been unlocked. */
export async function noteKeyHere(userId: string): Promise<CryptoKey | undefined> {
  const raw = await rawNoteKeyHere(userId).catch((error: WrongKeyError) => {
    console.warn("The note key kept on this device could not be opened", error);
    return undefined;
  });
  return raw ? importNoteKey(raw) : undefined;
}

export const forgetNoteKeyHere = (userId: string) => del(userId, keys());

/** On signing out: nobody's notes stay unlocked on this device. */
export const forgetAllNoteKeysHere = () => clear(keys());
