import { describe, expect, it } from "vitest";
import { deleteAccount, exportMyData } from "@/lib/account/service";
import { removePasskey } from "@/lib/auth/passkeys";
import { createCheckIn, getOwnCheckIn, listCheckIns, updateCheckIn } from "@/lib/checkins/service";
import { db } from "@/lib/db";
import { loadDigests } from "@/lib/digests/load";
import { importNoteKey, openBytes, openText, randomKeyBytes, sealBytes, sealText, toBase64url, wrappingKeyFrom } from "@/lib/vault/crypto";
import { phraseWrappingKey } from "@/lib/vault/phrase";
import { addPasskeyKey, getVaultState, plainPrivateNotes, sealPlainNotes } from "@/lib/vault/service";
import { createCouple, createPerson, viewerFor } from "../support/integration";
import { columnsHolding, turnOn } from "../support/vault";

const NOW = new Date("2026-11-24T12:00:00Z");

async function passkeyFor(userId: string, credentialId = toBase64url(randomKeyBytes())) {
  await db.passkey.create({
    data: {
      userId,
      credentialId,
      publicKey: Buffer.from([1]),
      transports: ["internal"],
      deviceType: "multiDevice",
      backedUp: true,
      name: "Phone",
    },
  });
  return credentialId;
}

describe("encrypted private notes", () => {
  it("stores a private note written through the app with encryption on nowhere in plain text, and it opens only with the key", async () => {
    const { viewerA, viewerB, a } = await createCouple("Alex", "Blake", { now: NOW });
    const { key, phrase } = await turnOn(viewerA);
    const words = `VAULT-MARKER-${crypto.randomUUID()}: I was hurt and didn't say it`;
    const sealedNote = await sealText(key, words, "check-in-note");
    const { id } = await createCheckIn(viewerA, { pleasantness: 2, energy: 2, visibility: "PRIVATE", sealedNote }, { now: NOW });

    expect(await columnsHolding(words.slice(0, 40))).toEqual([]);
    expect(await columnsHolding("didn't say it")).toEqual([]);
    const stored = await getOwnCheckIn(viewerA, id);
    expect(stored).toMatchObject({ note: null, sealedNote });
    expect(await openText(key, stored.sealedNote!, "check-in-note")).toBe(words);

    // A new device: the phrase unwraps the note key from what the server holds, and that opens the note.
    const { phraseWrap } = await getVaultState(viewerA);
    const onNewDevice = await importNoteKey(await openBytes(await phraseWrappingKey(phrase), phraseWrap!, "note-key"));
    expect(await openText(onNewDevice, stored.sealedNote!, "check-in-note")).toBe(words);

    // The partner never sees the private one at all; the export and digest carry only the sealed value.
    expect((await listCheckIns(viewerB, "partner")).items).toEqual([]);
    const exported = await exportMyData(viewerA);
    expect(exported.checkIns[0]).toMatchObject({ note: null, sealedNote });
    expect(exported.encryption?.phraseWrap).toBe(phraseWrap);
    const digest = (
      await loadDigests(db, [{ userId: a.id, dueAt: new Date(NOW.getTime() + 3_600_000), weekStart: new Date(NOW.getTime() - 86_400_000) }])
    ).get(a.id);
    expect(JSON.stringify(digest ?? {})).not.toContain("VAULT-MARKER");
  });

  it("refuses a private note in plain text once encryption is on; shared notes stay text for the partner", async () => {
    const { viewerA, viewerB } = await createCouple("Alex", "Blake", { now: NOW });
    await createCheckIn(viewerA, { pleasantness: 3, energy: 3, visibility: "PRIVATE", note: "before it was on" }, { now: NOW });
    await turnOn(viewerA);
    await expect(
      createCheckIn(viewerA, { pleasantness: 3, energy: 3, visibility: "PRIVATE", note: "plain words" }, { now: NOW }),
    ).rejects.toMatchObject({
      code: "invalid",
      field: "note",
    });
    await createCheckIn(viewerA, { pleasantness: 4, energy: 4, visibility: "SHARED", note: "for you to read" }, { now: NOW });
    expect((await listCheckIns(viewerB, "partner")).items.map((c) => c.note)).toEqual(["for you to read"]);
    expect(await db.checkIn.count({ where: { note: "plain words" } })).toBe(0);
  });

  it("turns on once, and takes a passkey's key only for the person's own passkey", async () => {
    const { viewerA, viewerB, a, b } = await createCouple("Alex", "Blake", { now: NOW });
    const mine = await passkeyFor(a.id);
    const theirs = await passkeyFor(b.id);
    const { raw } = await turnOn(viewerA);
    await expect(turnOn(viewerA)).rejects.toMatchObject({ code: "conflict" });
    const salt = toBase64url(randomKeyBytes());
    const wrap = await sealBytes(await wrappingKeyFrom(randomKeyBytes(), "passkey-prf"), raw, "note-key");
    await expect(addPasskeyKey(viewerA, { credentialId: theirs, salt, wrap })).rejects.toMatchObject({ code: "not_found" });
    await expect(addPasskeyKey(viewerB, { credentialId: theirs, salt, wrap })).rejects.toMatchObject({ code: "conflict" });
    await addPasskeyKey(viewerA, { credentialId: mine, salt, wrap });
    expect((await getVaultState(viewerA)).passkeyKeys).toEqual([{ credentialId: mine, salt, wrap, name: "Phone" }]);
    // Nothing of A's is Blake's to see.
    expect(await getVaultState(viewerB)).toEqual({
      on: false,
      phraseWrap: null,
      publicKey: null,
      passkeyKeys: [],
      passkeys: [{ credentialId: theirs, name: "Phone" }],
    });

    // Removing the passkey removes its key; the phrase still works.
    const passkey = await db.passkey.findUniqueOrThrow({ where: { credentialId: mine } });
    await removePasskey(viewerA, passkey.id);
    expect((await getVaultState(viewerA)).passkeyKeys).toEqual([]);
    expect((await getVaultState(viewerA)).on).toBe(true);
  });

  it("hands the browser only my own plain private notes to seal, and takes back only those", async () => {
    const { viewerA, viewerB } = await createCouple("Alex", "Blake", { now: NOW });
    const mine = await createCheckIn(
      viewerA,
      { pleasantness: 2, energy: 4, visibility: "PRIVATE", note: "old private words" },
      { now: NOW },
    );
    const shared = await createCheckIn(viewerA, { pleasantness: 4, energy: 4, visibility: "SHARED", note: "shared words" }, { now: NOW });
    const blakes = await createCheckIn(viewerB, { pleasantness: 2, energy: 2, visibility: "PRIVATE", note: "Blake's own" }, { now: NOW });
    await expect(sealPlainNotes(viewerA, { notes: [{ id: mine.id, sealedNote: "k1." + "A".repeat(60) }] })).rejects.toMatchObject({
      code: "conflict",
    });
    const { key } = await turnOn(viewerA);
    // The scan finds plain text where it is: the one column, before sealing.
    expect(await columnsHolding("old private words")).toEqual(["CheckIn.note"]);
    expect(await plainPrivateNotes(viewerA)).toEqual({ notes: [{ id: mine.id, note: "old private words" }] });

    const seal = async (id: string, text: string) => ({ id, sealedNote: await sealText(key, text, "check-in-note") });
    const result = await sealPlainNotes(viewerA, {
      notes: [await seal(mine.id, "old private words"), await seal(shared.id, "shared words"), await seal(blakes.id, "Blake's own")],
    });
    expect(result).toEqual({ sealed: 1 });
    expect(await plainPrivateNotes(viewerA)).toEqual({ notes: [] });
    expect(await db.checkIn.findUniqueOrThrow({ where: { id: shared.id } })).toMatchObject({ note: "shared words", sealedNote: null });
    expect(await db.checkIn.findUniqueOrThrow({ where: { id: blakes.id } })).toMatchObject({ note: "Blake's own", sealedNote: null });
    const sealedMine = await db.checkIn.findUniqueOrThrow({ where: { id: mine.id } });
    expect(sealedMine.note).toBeNull();
    expect(await openText(key, sealedMine.sealedNote!, "check-in-note")).toBe("old private words");
    expect(await columnsHolding("old private words")).toEqual([]);
  });

  it("shares an encrypted note only as text the browser opened: sharing drops the sealed value, and the database refuses a shared sealed one", async () => {
    const { viewerA, viewerB } = await createCouple("Alex", "Blake", { now: NOW });
    const { key } = await turnOn(viewerA);
    const sealedNote = await sealText(key, "now I can say it", "check-in-note");
    const { id } = await createCheckIn(viewerA, { pleasantness: 3, energy: 2, visibility: "PRIVATE", sealedNote }, { now: NOW });
    await updateCheckIn(viewerA, id, { pleasantness: 3, energy: 2, visibility: "SHARED", note: "now I can say it" });
    expect(await db.checkIn.findUniqueOrThrow({ where: { id } })).toMatchObject({ note: "now I can say it", sealedNote: null });
    expect((await listCheckIns(viewerB, "partner")).items.map((c) => c.note)).toEqual(["now I can say it"]);
    await expect(db.checkIn.update({ where: { id }, data: { sealedNote } })).rejects.toThrow(/db_CheckIn_sealed_note_check/);
  });

  it("deleting the account removes the wrapped keys with it", async () => {
    const person = await createPerson("Robin");
    const viewer = await viewerFor(person.id);
    await passkeyFor(person.id);
    const { raw } = await turnOn(viewer);
    const [passkey] = (await getVaultState(viewer)).passkeys;
    const wrap = await sealBytes(await wrappingKeyFrom(randomKeyBytes(), "passkey-prf"), raw, "note-key");
    await addPasskeyKey(viewer, { credentialId: passkey!.credentialId, salt: toBase64url(randomKeyBytes()), wrap });
    await deleteAccount(viewer, person.email, { now: NOW });
    expect(await db.vault.count({ where: { userId: person.id } })).toBe(0);
    expect(await db.vaultPasskeyKey.count({ where: { userId: person.id } })).toBe(0);
  });
});
