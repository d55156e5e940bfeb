import { postJson, problem } from "@/components/auth/passkey-client";
import { openCoupleKeys, type CoupleKeys } from "@/lib/vault/couple-keys";
import {
  fromBase64url,
  importNoteKey,
  newKeyPair,
  openBytes,
  openText,
  randomKeyBytes,
  sealBytes,
  sealText,
  toBase64url,
  wrapToPublicKey,
  wrappingKeyFrom,
  WrongKeyError,
} from "@/lib/vault/crypto";
import { keepNoteKeyHere, noteKeyHere, rawNoteKeyHere } from "@/lib/vault/device";
import { phraseWrappingKey } from "@/lib/vault/phrase";
import { VaultProblem } from "./vault-problem";

/**
 * The browser's half of "Encrypt my private notes": every step that touches a
 * key happens here, and only wrapped keys and sealed notes are sent. Each
 * failure is a sentence for the person (thrown as VaultProblem).
 */

type PasskeyKey = { credentialId: string; salt: string; wrap: string };

/** Asks a passkey (one of `candidates`) for its PRF output for that candidate's salt: the secret a passkey key is made from. */
async function passkeyPrf(
  candidates: { credentialId: string; salt: string }[],
): Promise<{ credentialId: string; output: Uint8Array<ArrayBuffer> }> {
  let credential: PublicKeyCredential | null;
  try {
    credential = (await navigator.credentials.get({
      publicKey: {
        challenge: randomKeyBytes(),
        allowCredentials: candidates.map(({ credentialId }) => ({ type: "public-key", id: fromBase64url(credentialId) })),
        userVerification: "required",
        extensions: {
          prf: {
            evalByCredential: Object.fromEntries(
              candidates.map(({ credentialId, salt }) => [credentialId, { first: fromBase64url(salt) }]),
            ),
          },
        },
      },
    })) as PublicKeyCredential | null;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "NotAllowedError" || name === "AbortError")
      throw new VaultProblem("The passkey wasn't used. Try again, or use your recovery phrase.");
    throw new VaultProblem("This browser couldn't use your passkey. Use your recovery phrase instead.");
  }
  const first = credential?.getClientExtensionResults().prf?.results?.first;
  if (!credential || !first)
    throw new VaultProblem("This passkey can't unlock notes (it has no PRF support). Use your recovery phrase instead.");
  return { credentialId: credential.id, output: new Uint8Array(first instanceof ArrayBuffer ? first : first.buffer.slice(0)) };
}

async function passkeyKeyFor(raw: Uint8Array<ArrayBuffer>, passkeys: { credentialId: string }[]): Promise<PasskeyKey> {
  const salt = toBase64url(randomKeyBytes());
  const { credentialId, output } = await passkeyPrf(passkeys.map(({ credentialId }) => ({ credentialId, salt })));
  return { credentialId, salt, wrap: await sealBytes(await wrappingKeyFrom(output, "passkey-prf"), raw, "note-key") };
}

async function send(path: string, body: unknown, fallback: string) {
  const result = await postJson(path, body);
  if (!result.ok) throw new VaultProblem(problem(result.data, fallback));
  return result.data;
}

type TurnedOn = { sealed: number; passkeyProblem: string | null };

/**
 * Turns encryption on: a new note key, wrapped by the phrase (and by one of
 * `passkeys` when given and able: a passkey that cannot is said, and the
 * phrase still works), kept unlocked on this device, then the notes written
 * before sealed.
 */
export async function turnOnHere(userId: string, phrase: string, passkeys: { credentialId: string }[]): Promise<TurnedOn> {
  const raw = randomKeyBytes();
  const phraseWrap = await sealBytes(await phraseWrappingKey(phrase), raw, "note-key");
  let passkey: PasskeyKey | undefined;
  let passkeyProblem: string | null = null;
  if (passkeys.length > 0) {
    try {
      passkey = await passkeyKeyFor(raw, passkeys);
    } catch (error) {
      if (!(error instanceof VaultProblem)) throw error;
      passkeyProblem = error.message;
    }
  }
  const keyPair = await newKeyPair(await importNoteKey(raw));
  await send("/api/vault", { phraseWrap, passkey, keyPair }, "Kindred couldn't turn encryption on. Please try again.");
  await keepNoteKeyHere(userId, raw);
  return { sealed: await sealEarlierNotes(userId), passkeyProblem };
}

export async function unlockWithPhrase(userId: string, phrase: string, phraseWrap: string): Promise<void> {
  try {
    await keepNoteKeyHere(userId, await openBytes(await phraseWrappingKey(phrase), phraseWrap, "note-key"));
  } catch (error) {
    if (error instanceof WrongKeyError)
      throw new VaultProblem("Those words don't unlock your notes. Check them against what you wrote down.");
    throw error;
  }
}

export async function unlockWithPasskey(userId: string, keys: PasskeyKey[]): Promise<void> {
  const { credentialId, output } = await passkeyPrf(keys);
  const key = keys.find((candidate) => candidate.credentialId === credentialId);
  if (!key) throw new VaultProblem("That passkey doesn't unlock your notes. Use your recovery phrase instead.");
  try {
    await keepNoteKeyHere(userId, await openBytes(await wrappingKeyFrom(output, "passkey-prf"), key.wrap, "note-key"));
  } catch (error) {
    if (error instanceof WrongKeyError) throw new VaultProblem("That passkey doesn't unlock your notes. Use your recovery phrase instead.");
    throw error;
  }
}

/** Lets one of `passkeys` unlock my notes on other devices (this device must be unlocked). */
export async function addPasskeyHere(userId: string, passkeys: { credentialId: string }[]): Promise<void> {
  const raw = await rawNoteKeyHere(userId);
  if (!raw) throw new VaultProblem("Unlock your notes on this device first.");
  await send("/api/vault/passkeys", await passkeyKeyFor(raw, passkeys), "Kindred couldn't save the passkey's key. Please try again.");
}

/** Seals my private notes still in plain text, a page at a time, until none is left. Returns how many. */
export async function sealEarlierNotes(userId: string): Promise<number> {
  const key = await noteKeyHere(userId);
  if (!key) return 0;
  let total = 0;
  for (;;) {
    const response = await fetch("/api/vault/notes", { cache: "no-store" });
    if (!response.ok) throw new VaultProblem("Kindred couldn't read your earlier notes to encrypt them. They'll be encrypted next time.");
    const { notes } = (await response.json()) as { notes: { id: string; note: string }[] };
    if (notes.length === 0) return total;
    const sealed = await Promise.all(notes.map(async ({ id, note }) => ({ id, sealedNote: await sealText(key, note, "check-in-note") })));
    const { sealed: count } = (await send("/api/vault/notes", { notes: sealed }, "Kindred couldn't encrypt your earlier notes.")) as {
      sealed: number;
    };
    // Nothing sealed means another tab did it, or they changed: stop rather than ask again forever.
    if (count === 0) return total;
    total += count;
  }
}

/** Gives a vault made before key pairs its key pair, so that a couple key can be wrapped to it. Needs this device unlocked. */
export async function ensureKeyPairHere(userId: string): Promise<void> {
  const noteKey = await noteKeyHere(userId);
  if (!noteKey) return;
  await send("/api/vault/key-pair", await newKeyPair(noteKey), "Kindred couldn't finish setting up your keys. Please try again.");
}

/**
 * "Encrypt our words": a new couple key made here, wrapped to my public key
 * and my partner's, then the couple's earlier notes and replies sealed with
 * it. Returns how many were sealed.
 */
export async function turnOnOurWords(userId: string, members: { userId: string; publicKey: string }[]): Promise<number> {
  if (!(await noteKeyHere(userId))) throw new VaultProblem("Unlock your notes on this device first.");
  const raw = randomKeyBytes();
  const wraps = await Promise.all(
    members.map(async (member) => ({ userId: member.userId, wrap: await wrapToPublicKey(raw, member.publicKey) })),
  );
  await send("/api/couple-vault", { wraps }, "Kindred couldn't encrypt your words. Please try again.");
  return sealEarlierCoupleNotes(await importNoteKey(raw));
}

/** The current couple key on this device, from my wraps (null when locked here or not held). */
export async function currentCoupleKey(userId: string, keys: CoupleKeys, coupleId: string): Promise<CryptoKey | null> {
  return (await openCoupleKeys(userId, keys))?.get(coupleId) ?? null;
}

/** Seals the couple's notes and replies still in words, a page at a time, until none is left. Returns how many. */
export async function sealEarlierCoupleNotes(coupleKey: CryptoKey): Promise<number> {
  let total = 0;
  for (;;) {
    const response = await fetch("/api/couple-vault/notes", { cache: "no-store" });
    if (!response.ok) throw new VaultProblem("Kindred couldn't read your earlier notes to encrypt them. They'll be encrypted next time.");
    const { notes } = (await response.json()) as { notes: { id: string; body: string | null; reply: string | null }[] };
    if (notes.length === 0) return total;
    const sealed = await Promise.all(
      notes.map(async ({ id, body, reply }) => ({
        id,
        sealedBody: body === null ? undefined : await sealText(coupleKey, body, "couple-note"),
        sealedReply: reply === null ? undefined : await sealText(coupleKey, reply, "couple-reply"),
      })),
    );
    const { sealed: count } = (await send(
      "/api/couple-vault/notes",
      { notes: sealed },
      "Kindred couldn't encrypt your earlier notes.",
    )) as {
      sealed: number;
    };
    // Nothing sealed means the partner's browser did it meanwhile: stop rather than ask again forever.
    if (count === 0) return total;
    total += count;
  }
}

type ExportedNote = {
  coupleId?: string | null;
  sealedBody?: string | null;
  body?: string | null;
  sealedReply?: string | null;
  reply?: string | null;
};

/**
 * An export file with its sealed notes opened (as `note`), for download:
 * read here with this device's key, never sent anywhere.
 */
export async function openExport(userId: string, file: Blob): Promise<{ opened: Blob; count: number }> {
  const key = await noteKeyHere(userId);
  if (!key) throw new VaultProblem("Unlock your notes on this device first.");
  let data: {
    checkIns?: { sealedNote?: string | null; note?: string | null }[];
    notesWritten?: ExportedNote[];
    notesReceived?: ExportedNote[];
    encryption?: { publicKey?: string | null; privateWrap?: string | null; coupleKeys?: CoupleKeys["wraps"] } | null;
  };
  try {
    data = JSON.parse(await file.text()) as typeof data;
  } catch {
    throw new VaultProblem("That file isn't a Kindred export.");
  }
  if (!Array.isArray(data.checkIns)) throw new VaultProblem("That file isn't a Kindred export.");
  let count = 0;
  for (const checkIn of data.checkIns) {
    if (!checkIn.sealedNote) continue;
    try {
      checkIn.note = await openText(key, checkIn.sealedNote, "check-in-note");
      count++;
    } catch {
      throw new VaultProblem("This export's notes don't open with the key on this device: is it another person's?");
    }
  }
  const { publicKey, privateWrap, coupleKeys } = data.encryption ?? {};
  const keys =
    publicKey && privateWrap && coupleKeys?.length ? await openCoupleKeys(userId, { publicKey, privateWrap, wraps: coupleKeys }) : null;
  for (const note of [...(data.notesWritten ?? []), ...(data.notesReceived ?? [])]) {
    const key = note.coupleId ? keys?.get(note.coupleId) : undefined;
    if (!key || !(note.sealedBody || note.sealedReply)) continue;
    try {
      if (note.sealedBody) note.body = await openText(key, note.sealedBody, "couple-note");
      if (note.sealedReply) note.reply = await openText(key, note.sealedReply, "couple-reply");
      count++;
    } catch {
      // One that does not open stays sealed; the rest are still opened.
    }
  }
  return { opened: new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }), count };
}
