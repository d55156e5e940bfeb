import { describe, expect, it } from "vitest";
import { deleteAccount, exportMyData } from "@/lib/account/service";
import type { Viewer } from "@/lib/auth/viewer";
import { acceptInvite, createInvite, unlinkPartner } from "@/lib/couples/service";
import { db } from "@/lib/db";
import { loadDigests } from "@/lib/digests/load";
import { listInbox, listSent, replyToNote, sendNote } from "@/lib/notes/service";
import { getCoupleKeys, getCoupleVaultState, plainCoupleNotes, sealCoupleNotes, turnOnCoupleVault } from "@/lib/vault/couple";
import { importNoteKey, openBytes, openText, randomKeyBytes, sealText, unwrapWithPrivateKey, wrapToPublicKey } from "@/lib/vault/crypto";
import { phraseWrappingKey } from "@/lib/vault/phrase";
import { addKeyPair, getVaultState } from "@/lib/vault/service";
import { createCouple, createPerson, viewerFor } from "../support/integration";
import { columnsHolding, turnOn } from "../support/vault";

const NOW = new Date("2026-11-24T12:00:00Z");

/** What the browser does on "Encrypt our words": a couple key, wrapped to both public keys. */
async function encryptOurWords(viewer: Viewer, members: { id: string; publicKey: string }[]) {
  const raw = randomKeyBytes();
  const wraps = await Promise.all(members.map(async (m) => ({ userId: m.id, wrap: await wrapToPublicKey(raw, m.publicKey) })));
  await turnOnCoupleVault(viewer, { wraps }, { now: NOW });
  return importNoteKey(raw);
}

/** Both partners with "Encrypt my private notes" on, and their words encrypted. */
async function encryptedCouple() {
  const couple = await createCouple("Alex", "Blake", { now: NOW });
  const [alex, blake] = [await turnOn(couple.viewerA), await turnOn(couple.viewerB)];
  return { ...couple, alex, blake };
}

/** The couple key as a person's device opens it: the note key from the phrase, then their sealed private key, then their wrap. */
async function coupleKeyFromPhrase(viewer: Viewer, phrase: string) {
  const { phraseWrap } = await getVaultState(viewer);
  const noteKey = await importNoteKey(await openBytes(await phraseWrappingKey(phrase), phraseWrap!, "note-key"));
  const keys = (await getCoupleKeys(viewer))!;
  const wrap = keys.wraps.find((w) => w.coupleId === viewer.couple!.id)!.wrap;
  return importNoteKey(await unwrapWithPrivateKey(wrap, { noteKey, ...keys }));
}

describe("encrypting a couple's notes and replies", () => {
  it("stores notes and replies written through the app nowhere in plain text, and the partner opens them with their phrase", async () => {
    const { a, b, viewerA, viewerB, alex, blake } = await encryptedCouple();
    const marker = (what: string) => `WORDS-MARKER-${what}-${crypto.randomUUID()}`;
    const earlier = { body: marker("earlier-note"), reply: marker("earlier-reply") };
    const before = await sendNote(viewerA, { body: earlier.body }, { now: NOW });
    await replyToNote(viewerB, before.id, earlier.reply, { now: NOW });

    const coupleKey = await encryptOurWords(viewerA, [
      { id: a.id, publicKey: alex.keyPair.publicKey },
      { id: b.id, publicKey: blake.keyPair.publicKey },
    ]);
    // The earlier note and reply, sealed in Blake's browser (either partner's can).
    const { notes: plain } = await plainCoupleNotes(viewerB);
    expect(plain).toEqual([{ id: before.id, body: earlier.body, reply: earlier.reply }]);
    const sealedEarlier = {
      id: before.id,
      sealedBody: await sealText(coupleKey, earlier.body, "couple-note"),
      sealedReply: await sealText(coupleKey, earlier.reply, "couple-reply"),
    };
    expect(await sealCoupleNotes(viewerB, { notes: [sealedEarlier] })).toEqual({ sealed: 2 });
    expect(await sealCoupleNotes(viewerA, { notes: [sealedEarlier] })).toEqual({ sealed: 0 });
    expect((await plainCoupleNotes(viewerA)).notes).toEqual([]);

    const later = { body: marker("note"), reply: marker("reply") };
    const note = await sendNote(
      viewerA,
      { sealedBody: await sealText(coupleKey, later.body, "couple-note") },
      { now: new Date(NOW.getTime() + 60_000) },
    );
    await replyToNote(viewerB, note.id, { sealedReply: await sealText(coupleKey, later.reply, "couple-reply") }, { now: NOW });

    for (const words of [earlier.body, earlier.reply, later.body, later.reply]) expect(await columnsHolding(words)).toEqual([]);
    expect(await columnsHolding("WORDS-MARKER")).toEqual([]);

    // Blake on a new device: the phrase, then the couple key, then the words.
    const blakesKey = await coupleKeyFromPhrase(viewerB, blake.phrase);
    const inbox = await listInbox(viewerB);
    expect(inbox.map((n) => n.body)).toEqual([null, null]);
    expect(await Promise.all(inbox.map((n) => openText(blakesKey, n.sealedBody!, "couple-note")))).toEqual([later.body, earlier.body]);
    const sent = await listSent(viewerA);
    expect(await openText(await coupleKeyFromPhrase(viewerA, alex.phrase), sent[0]!.sealedReply!, "couple-reply")).toBe(later.reply);

    // The digest counts the notes and quotes none; the export holds what opens them in a browser.
    const digest = (
      await loadDigests(db, [{ userId: b.id, dueAt: new Date(NOW.getTime() + 3_600_000), weekStart: new Date(NOW.getTime() - 86_400_000) }])
    ).get(b.id);
    expect(digest?.props.notes).toMatchObject({ received: 2, firstLines: [] });
    const exported = await exportMyData(viewerB);
    expect(JSON.stringify(exported)).not.toContain("WORDS-MARKER");
    expect(exported.notesReceived[0]).toMatchObject({
      body: null,
      sealedBody: expect.stringMatching(/^k1\./),
      coupleId: viewerB.couple!.id,
    });
    expect(exported.encryption).toMatchObject({ publicKey: blake.keyPair.publicKey, coupleKeys: [{ coupleId: viewerB.couple!.id }] });
  });

  it("refuses words in plain text once it is on, and sealed words for a couple that does not encrypt", async () => {
    const { a, b, viewerA, viewerB, alex, blake } = await encryptedCouple();
    const { id } = await sendNote(viewerA, { body: "Before" }, { now: NOW });
    const key = await encryptOurWords(viewerA, [
      { id: a.id, publicKey: alex.keyPair.publicKey },
      { id: b.id, publicKey: blake.keyPair.publicKey },
    ]);
    await expect(sendNote(viewerA, { body: "In plain text" }, { now: NOW })).rejects.toMatchObject({ code: "conflict", field: "body" });
    await expect(replyToNote(viewerB, id, "In plain text", { now: NOW })).rejects.toMatchObject({ code: "conflict", field: "reply" });
    expect(await columnsHolding("In plain text")).toEqual([]);

    const other = await createCouple("Robin", "Sam", { now: NOW });
    await expect(sendNote(other.viewerA, { sealedBody: await sealText(key, "sealed", "couple-note") }, { now: NOW })).rejects.toMatchObject(
      { code: "conflict", field: "body" },
    );
  });

  it("turns on only when both have a key pair, only for the two of them, and once", async () => {
    const { a, b, viewerA } = await createCouple("Alex", "Blake", { now: NOW });
    const alex = await turnOn(viewerA);
    const wrapsFor = async (members: { id: string; publicKey: string }[]) => ({
      wraps: await Promise.all(members.map(async (m) => ({ userId: m.id, wrap: await wrapToPublicKey(randomKeyBytes(), m.publicKey) }))),
    });
    const state = await getCoupleVaultState(viewerA);
    expect(state).toMatchObject({ partnerName: "Blake", since: null, myPublicKey: alex.keyPair.publicKey, partner: { publicKey: null } });
    await expect(
      turnOnCoupleVault(
        viewerA,
        await wrapsFor([
          { id: a.id, publicKey: alex.keyPair.publicKey },
          { id: b.id, publicKey: alex.keyPair.publicKey },
        ]),
      ),
    ).rejects.toMatchObject({ code: "conflict" });

    const blake = await turnOn(await viewerFor(b.id));
    const outsider = await createPerson("Robin");
    await expect(
      turnOnCoupleVault(
        viewerA,
        await wrapsFor([
          { id: a.id, publicKey: alex.keyPair.publicKey },
          { id: outsider.id, publicKey: blake.keyPair.publicKey },
        ]),
      ),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(await db.coupleVault.count({ where: { coupleId: viewerA.couple!.id } })).toBe(0);

    const both = [
      { id: a.id, publicKey: alex.keyPair.publicKey },
      { id: b.id, publicKey: blake.keyPair.publicKey },
    ];
    await turnOnCoupleVault(viewerA, await wrapsFor(both), { now: NOW });
    await expect(turnOnCoupleVault(await viewerFor(b.id), await wrapsFor(both))).rejects.toMatchObject({ code: "conflict" });
    expect(await getCoupleVaultState(viewerA)).toMatchObject({ since: NOW, keys: { publicKey: alex.keyPair.publicKey } });
    expect(await db.coupleKey.count({ where: { coupleId: viewerA.couple!.id } })).toBe(2);
  });

  it("after unlinking, a new couple starts without it and the earlier partner holds no key to it", async () => {
    const { a, b, viewerA, alex, blake } = await encryptedCouple();
    await encryptOurWords(viewerA, [
      { id: a.id, publicKey: alex.keyPair.publicKey },
      { id: b.id, publicKey: blake.keyPair.publicKey },
    ]);
    await unlinkPartner(viewerA, { now: NOW });
    const robin = await createPerson("Robin");
    const invite = await createInvite(await viewerFor(a.id), {});
    await acceptInvite(await viewerFor(robin.id), invite.link.split("/invite/")[1]!, { now: NOW });
    const relinked = await viewerFor(a.id);
    expect(relinked.couple?.partner.id).toBe(robin.id);
    expect(await getCoupleVaultState(relinked)).toMatchObject({ since: null, keys: null, partner: { publicKey: null } });
    // Notes to Robin go in words until they encrypt theirs; none of them can reach Blake, who holds only the old couple's key.
    await sendNote(relinked, { body: "Hello Robin" }, { now: NOW });
    expect((await db.coupleKey.findMany({ where: { userId: b.id } })).map((k) => k.coupleId)).toEqual([viewerA.couple!.id]);
    expect(await listInbox(await viewerFor(b.id))).toEqual([]);
  });

  it("gives an older vault its key pair once, and deleting an account removes its couple keys", async () => {
    const { a, b, viewerA, viewerB, alex, blake } = await encryptedCouple();
    await expect(addKeyPair(viewerA, alex.keyPair)).rejects.toMatchObject({ code: "conflict" });
    await db.vault.update({ where: { userId: a.id }, data: { publicKey: null, privateWrap: null } });
    await addKeyPair(viewerA, alex.keyPair);
    expect((await getVaultState(viewerA)).publicKey).toBe(alex.keyPair.publicKey);

    await encryptOurWords(viewerA, [
      { id: a.id, publicKey: alex.keyPair.publicKey },
      { id: b.id, publicKey: blake.keyPair.publicKey },
    ]);
    const blakeRow = await db.user.findUniqueOrThrow({ where: { id: b.id } });
    await deleteAccount(viewerB, blakeRow.email, { now: NOW });
    expect(await db.coupleKey.findMany({ where: { userId: b.id } })).toEqual([]);
    expect(await db.vault.count({ where: { userId: b.id } })).toBe(0);
  });
});
