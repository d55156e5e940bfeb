import { describe, expect, it } from "vitest";
import {
  importNoteKey,
  newKeyPair,
  openBytes,
  openText,
  randomKeyBytes,
  SEALED_PATTERN,
  sealBytes,
  sealText,
  unwrapWithPrivateKey,
  wrappingKeyFrom,
  wrapToPublicKey,
  WRAPPED_TO_PATTERN,
  WrongKeyError,
} from "@/lib/vault/crypto";
import { newRecoveryPhrase, normalisePhrase, phraseProblem, phraseWrappingKey, PHRASE_WORDS } from "@/lib/vault/phrase";
import {
  CoupleTurnOnSchema,
  KeyPairSchema,
  PasskeyKeySchema,
  SealedBodySchema,
  SealedNoteSchema,
  SealedReplySchema,
} from "@/lib/vault/schema";
import { ComposeNoteSchema, ReplySchema } from "@/lib/notes/schema";
import { CheckInSchema } from "@/lib/checkins/schema";

const noteKey = () => importNoteKey(randomKeyBytes());

describe("sealing a note", () => {
  it("opens with the key it was sealed with, and is different every time", async () => {
    const key = await noteKey();
    const text = "I felt left out at dinner 🫶 — and didn't say so.";
    const [a, b] = await Promise.all([sealText(key, text, "check-in-note"), sealText(key, text, "check-in-note")]);
    expect(a).toMatch(SEALED_PATTERN);
    expect(a).not.toBe(b);
    expect(a).not.toContain("dinner");
    expect(await openText(key, a, "check-in-note")).toBe(text);
    expect(await openText(key, b, "check-in-note")).toBe(text);
  });

  it("does not open with another key, when changed by one character, or as something else", async () => {
    const key = await noteKey();
    const sealed = await sealText(key, "only mine", "check-in-note");
    await expect(openText(await noteKey(), sealed, "check-in-note")).rejects.toBeInstanceOf(WrongKeyError);
    // Every other last character: some change the tag, some do not even decode; none opens.
    for (const last of "AB_-wz09".replace(sealed.at(-1)!, "")) {
      await expect(openText(key, sealed.slice(0, -1) + last, "check-in-note")).rejects.toBeInstanceOf(WrongKeyError);
    }
    const middle = Math.floor(sealed.length / 2);
    const flipped = sealed.slice(0, middle) + (sealed[middle] === "A" ? "B" : "A") + sealed.slice(middle + 1);
    await expect(openText(key, flipped, "check-in-note")).rejects.toBeInstanceOf(WrongKeyError);
    await expect(openText(key, sealed, "note-key")).rejects.toBeInstanceOf(WrongKeyError);
    await expect(openText(key, "k1.not-sealed", "check-in-note")).rejects.toBeInstanceOf(WrongKeyError);
  });

  it("keeps the longest note the form takes within what the server accepts", async () => {
    const key = await noteKey();
    // 500 characters of the widest kind (3 bytes of UTF-8 each), as the form counts them.
    const sealed = await sealText(key, "語".repeat(500), "check-in-note");
    expect(SealedNoteSchema.safeParse(sealed).success).toBe(true);
    expect(SealedNoteSchema.safeParse("plain words").success).toBe(false);
  });
});

describe("the recovery phrase", () => {
  it("is 24 words from BIP39's list, new each time, and valid", () => {
    const phrase = newRecoveryPhrase();
    expect(phrase.split(" ")).toHaveLength(PHRASE_WORDS);
    expect(newRecoveryPhrase()).not.toBe(phrase);
    expect(phraseProblem(phrase)).toBeNull();
  });

  it("reads what a person types: capitals, line breaks, numbering", () => {
    const phrase = newRecoveryPhrase();
    const typed = phrase
      .split(" ")
      .map((word, index) => `${index + 1}. ${index % 3 === 0 ? word.toUpperCase() : word}`)
      .join("\n");
    expect(normalisePhrase(typed)).toBe(phrase);
    expect(phraseProblem(typed)).toBeNull();
  });

  it("says what is wrong with a phrase that is not one", () => {
    const words = newRecoveryPhrase().split(" ");
    expect(phraseProblem(words.slice(0, 23).join(" "))).toMatch(/has 24 words; this has 23/);
    expect(phraseProblem([...words.slice(0, 23), "kindredd"].join(" "))).toMatch(/“kindredd” isn't one of the recovery words/);
    // Two words swapped: each word is real, but the checksum no longer holds (for 255 in 256 swaps; take the first such).
    const swapped = words
      .map((_, j) => {
        const copy = [...words];
        [copy[0], copy[j]] = [copy[j]!, copy[0]!];
        return copy.join(" ");
      })
      .find((phrase, j) => j > 0 && phrase !== words.join(" ") && phraseProblem(phrase) !== null);
    expect(phraseProblem(swapped!)).toMatch(/aren't in the right order/);
  });

  it("wraps the note key so that the same phrase, and only it, unwraps it", async () => {
    const raw = randomKeyBytes();
    const phrase = newRecoveryPhrase();
    const wrap = await sealBytes(await phraseWrappingKey(phrase), raw, "note-key");
    expect(wrap).toMatch(SEALED_PATTERN);
    expect(await openBytes(await phraseWrappingKey(phrase.toUpperCase()), wrap, "note-key")).toEqual(raw);
    await expect(openBytes(await phraseWrappingKey(newRecoveryPhrase()), wrap, "note-key")).rejects.toBeInstanceOf(WrongKeyError);
  });

  it("derives the same wrapping key from the same phrase on another device (a note sealed on one opens on the other)", async () => {
    const raw = randomKeyBytes();
    const phrase = newRecoveryPhrase();
    const wrap = await sealBytes(await phraseWrappingKey(phrase), raw, "note-key");
    const sealed = await sealText(await importNoteKey(raw), "written on the phone", "check-in-note");
    const onLaptop = await importNoteKey(await openBytes(await phraseWrappingKey(phrase), wrap, "note-key"));
    expect(await openText(onLaptop, sealed, "check-in-note")).toBe("written on the phone");
  });
});

describe("a passkey's key", () => {
  it("wraps the note key with HKDF of the PRF output: the same output unwraps it, another does not", async () => {
    const raw = randomKeyBytes();
    const output = randomKeyBytes();
    const wrap = await sealBytes(await wrappingKeyFrom(output, "passkey-prf"), raw, "note-key");
    expect(await openBytes(await wrappingKeyFrom(Uint8Array.from(output), "passkey-prf"), wrap, "note-key")).toEqual(raw);
    await expect(openBytes(await wrappingKeyFrom(randomKeyBytes(), "passkey-prf"), wrap, "note-key")).rejects.toBeInstanceOf(WrongKeyError);
    // The phrase's and the passkey's keys differ for the same secret: one cannot stand in for the other.
    await expect(openBytes(await wrappingKeyFrom(output, "recovery-phrase"), wrap, "note-key")).rejects.toBeInstanceOf(WrongKeyError);
  });

  it("is accepted only with a credential id, a 32-byte salt and a wrapped key", async () => {
    const wrap = await sealBytes(await noteKey(), randomKeyBytes(), "note-key");
    const salt = "A".repeat(43);
    expect(PasskeyKeySchema.safeParse({ credentialId: "abc_-9", salt, wrap }).success).toBe(true);
    expect(PasskeyKeySchema.safeParse({ credentialId: "abc", salt: "short", wrap }).success).toBe(false);
    expect(PasskeyKeySchema.safeParse({ credentialId: "a b", salt, wrap }).success).toBe(false);
    expect(PasskeyKeySchema.safeParse({ credentialId: "abc", salt, wrap: "the key itself" }).success).toBe(false);
  });
});

describe("a check-in with a sealed note", () => {
  const base = { pleasantness: "2", energy: "4", visibility: "PRIVATE" };

  it("is taken when private, instead of the text", async () => {
    const sealedNote = await sealText(await noteKey(), "hidden", "check-in-note");
    expect(CheckInSchema.safeParse({ ...base, sealedNote }).success).toBe(true);
  });

  it("is refused with the text as well, or shared (the partner could not read it)", async () => {
    const sealedNote = await sealText(await noteKey(), "hidden", "check-in-note");
    const both = CheckInSchema.safeParse({ ...base, sealedNote, note: "hidden" });
    expect(both.error?.issues[0]?.message).toMatch(/not both/);
    const shared = CheckInSchema.safeParse({ ...base, visibility: "SHARED", sealedNote });
    expect(shared.error?.issues[0]?.message).toMatch(/can only be private/);
  });
});

describe("a couple key, wrapped to each partner's public key", () => {
  /** A person as their unlocked device holds them: the note key and the key pair made with it. */
  async function person() {
    const noteKey = await importNoteKey(randomKeyBytes());
    return { noteKey, ...(await newKeyPair(noteKey)) };
  }

  it("opens only with the private key of the public key it was wrapped to, on any device that has the note key", async () => {
    const [alex, blake, robin] = [await person(), await person(), await person()];
    const coupleKey = randomKeyBytes();
    const forAlex = await wrapToPublicKey(coupleKey, alex.publicKey);
    const forBlake = await wrapToPublicKey(coupleKey, blake.publicKey);
    expect(forAlex).toMatch(WRAPPED_TO_PATTERN);
    expect(forAlex).not.toBe(await wrapToPublicKey(coupleKey, alex.publicKey));
    expect(await unwrapWithPrivateKey(forAlex, alex)).toEqual(coupleKey);
    expect(await unwrapWithPrivateKey(forBlake, blake)).toEqual(coupleKey);
    // A note sealed in Alex's browser opens in Blake's.
    const note = await sealText(await importNoteKey(await unwrapWithPrivateKey(forAlex, alex)), "Thank you for last night", "couple-note");
    expect(await openText(await importNoteKey(await unwrapWithPrivateKey(forBlake, blake)), note, "couple-note")).toBe(
      "Thank you for last night",
    );
    await expect(openText(await importNoteKey(coupleKey), note, "couple-reply")).rejects.toBeInstanceOf(WrongKeyError);

    // Someone else's private key, or the right one with another person's note key, opens nothing.
    await expect(unwrapWithPrivateKey(forAlex, robin)).rejects.toBeInstanceOf(WrongKeyError);
    await expect(unwrapWithPrivateKey(forAlex, { ...alex, noteKey: robin.noteKey })).rejects.toBeInstanceOf(WrongKeyError);
    // A wrap whose one-off public key was swapped for another does not open either.
    const other = await wrapToPublicKey(coupleKey, alex.publicKey);
    await expect(unwrapWithPrivateKey(forAlex.slice(0, 91) + other.slice(91), alex)).rejects.toBeInstanceOf(WrongKeyError);
    await expect(unwrapWithPrivateKey("e1.nonsense", alex)).rejects.toBeInstanceOf(WrongKeyError);
  });

  it("keeps a key pair, a wrap and the longest note and reply within what the server accepts", async () => {
    const alex = await person();
    expect(KeyPairSchema.safeParse({ publicKey: alex.publicKey, privateWrap: alex.privateWrap }).success).toBe(true);
    const wrap = await wrapToPublicKey(randomKeyBytes(), alex.publicKey);
    expect(
      CoupleTurnOnSchema.safeParse({
        wraps: [
          { userId: "a", wrap },
          { userId: "b", wrap },
        ],
      }).success,
    ).toBe(true);
    expect(CoupleTurnOnSchema.safeParse({ wraps: [{ userId: "a", wrap }] }).success).toBe(false);
    const key = await importNoteKey(randomKeyBytes());
    // The widest characters (3 bytes of UTF-8 each) at the forms' limits.
    expect(SealedBodySchema.safeParse(await sealText(key, "語".repeat(1000), "couple-note")).success).toBe(true);
    expect(SealedReplySchema.safeParse(await sealText(key, "語".repeat(280), "couple-reply")).success).toBe(true);
  });

  it("is what a note or reply may arrive as instead of words, never both, and words are still checked when not sealed", async () => {
    const sealed = `k1.${"A".repeat(60)}`;
    expect(ComposeNoteSchema.parse({ sealedBody: sealed, prompt: "" })).toEqual({ sealedBody: sealed });
    expect(ComposeNoteSchema.parse({ sealedBody: sealed, body: "words too" })).toEqual({ sealedBody: sealed });
    expect(ComposeNoteSchema.parse({ body: "  Thank you  " })).toEqual({ body: "Thank you" });
    expect(ComposeNoteSchema.safeParse({ body: " " }).error?.issues).toMatchObject([
      { path: ["body"], message: "Write a few words first" },
    ]);
    expect(ComposeNoteSchema.safeParse({ sealedBody: "plain words" }).success).toBe(false);
    expect(ReplySchema.parse({ noteId: "n1", sealedReply: sealed })).toEqual({ noteId: "n1", sealedReply: sealed });
    expect(ReplySchema.safeParse({ noteId: "n1", reply: "x".repeat(281) }).error?.issues).toMatchObject([{ path: ["reply"] }]);
  });
});
