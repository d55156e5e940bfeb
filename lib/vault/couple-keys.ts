import { importNoteKey, unwrapWithPrivateKey } from "./crypto";
import { noteKeyHere } from "./device";

/**
 * My wraps of each couple's key (the current couple's, and earlier ones for
 * notes I sent then) with what opens them: my private key sealed with my
 * note key. Not secret: useless without the note key on an unlocked device.
 */
export type CoupleKeys = { privateWrap: string; publicKey: string; wraps: { coupleId: string; wrap: string }[] };

/** Each couple's key, opened with this device's note key; null when this device is locked. A wrap that does not open is left out. */
export async function openCoupleKeys(userId: string, keys: CoupleKeys): Promise<Map<string, CryptoKey> | null> {
  const noteKey = await noteKeyHere(userId);
  if (!noteKey) return null;
  const opened = new Map<string, CryptoKey>();
  for (const { coupleId, wrap } of keys.wraps) {
    try {
      opened.set(coupleId, await importNoteKey(await unwrapWithPrivateKey(wrap, { noteKey, ...keys })));
    } catch (error) {
      console.warn("A couple key did not open on this device", error);
    }
  }
  return opened;
}
