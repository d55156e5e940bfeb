import "server-only";
import type { z } from "zod";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { KeyPairSchema, PasskeyKeyInput, SealNotesSchema } from "./schema";

/** What Settings needs to turn encryption on or unlock it here: wrapped keys only, and which passkeys could hold one. */
export type VaultState = {
  on: boolean;
  phraseWrap: string | null;
  /** Null for a vault made before key pairs: the browser adds one when it is unlocked. */
  publicKey: string | null;
  passkeyKeys: { credentialId: string; salt: string; wrap: string; name: string }[];
  passkeys: { credentialId: string; name: string }[];
};

export async function getVaultState(viewer: Viewer): Promise<VaultState> {
  const me = assertViewer(viewer);
  const [vault, passkeys] = await Promise.all([
    db.vault.findUnique({
      where: { userId: me.id },
      select: {
        phraseWrap: true,
        publicKey: true,
        keys: { select: { credentialId: true, salt: true, wrap: true, passkey: { select: { name: true } } } },
      },
    }),
    db.passkey.findMany({ where: { userId: me.id }, orderBy: { createdAt: "desc" }, select: { credentialId: true, name: true } }),
  ]);
  return {
    on: vault !== null,
    phraseWrap: vault?.phraseWrap ?? null,
    publicKey: vault?.publicKey ?? null,
    passkeyKeys: (vault?.keys ?? []).map(({ passkey, ...key }) => ({ ...key, name: passkey.name })),
    passkeys,
  };
}

/** True when this person's private notes must arrive sealed. */
export async function vaultIsOn(userId: string): Promise<boolean> {
  return (await db.vault.count({ where: { userId } })) > 0;
}

async function assertOwnPasskey(userId: string, credentialId: string) {
  const passkey = await db.passkey.findFirst({ where: { credentialId, userId }, select: { id: true } });
  if (!passkey) throw new AppError("That passkey isn't one of yours.", "not_found");
}

/** Turns encryption on: the note key wrapped by the phrase (and by a passkey, when the browser could). Once. */
export async function turnOnVault(
  viewer: Viewer,
  input: { phraseWrap: string; passkey?: PasskeyKeyInput; keyPair: KeyPair },
): Promise<{ on: true }> {
  const me = assertViewer(viewer);
  if (input.passkey) await assertOwnPasskey(me.id, input.passkey.credentialId);
  await db.$transaction(async (tx) => {
    const created = await tx.vault.createMany({
      data: [{ userId: me.id, phraseWrap: input.phraseWrap, ...input.keyPair }],
      skipDuplicates: true,
    });
    if (created.count === 0) throw new AppError("Encryption is already on for your notes. Unlock them on this device instead.", "conflict");
    if (input.passkey) await tx.vaultPasskeyKey.create({ data: { userId: me.id, ...input.passkey } });
  });
  return { on: true };
}

type KeyPair = z.infer<typeof KeyPairSchema>;

/** Adds my key pair to a vault made before there were key pairs. Once: a key pair is never replaced (couple keys are wrapped to it). */
export async function addKeyPair(viewer: Viewer, input: KeyPair): Promise<{ added: true }> {
  const me = assertViewer(viewer);
  const { count } = await db.vault.updateMany({ where: { userId: me.id, publicKey: null }, data: input });
  if (count > 0) return { added: true };
  if (!(await vaultIsOn(me.id))) throw new AppError("Turn on encryption first.", "conflict");
  throw new AppError("You already have a key pair.", "conflict");
}

/** Lets one more of my passkeys unlock my notes (or replaces its key). */
export async function addPasskeyKey(viewer: Viewer, input: PasskeyKeyInput): Promise<{ added: true }> {
  const me = assertViewer(viewer);
  await assertOwnPasskey(me.id, input.credentialId);
  if (!(await vaultIsOn(me.id))) throw new AppError("Turn on encryption first.", "conflict");
  await db.vaultPasskeyKey.upsert({
    where: { userId_credentialId: { userId: me.id, credentialId: input.credentialId } },
    create: { userId: me.id, ...input },
    update: { salt: input.salt, wrap: input.wrap },
  });
  return { added: true };
}

const PLAIN_PAGE = 20;

/** My private notes still in plain text (written before encryption was on), a page at a time, for the browser to seal. */
export async function plainPrivateNotes(viewer: Viewer): Promise<{ notes: { id: string; note: string }[] }> {
  const me = assertViewer(viewer);
  const rows = await db.checkIn.findMany({
    where: { authorId: me.id, visibility: "PRIVATE", note: { not: null } },
    orderBy: { id: "asc" },
    take: PLAIN_PAGE,
    select: { id: true, note: true },
  });
  return { notes: rows.map((row) => ({ id: row.id, note: row.note! })) };
}

/**
 * Replaces plain private notes with what the browser sealed. Only my own,
 * still private and still plain: a note shared meanwhile, or sealed by
 * another tab, is left as it is.
 */
export async function sealPlainNotes(viewer: Viewer, input: z.infer<typeof SealNotesSchema>): Promise<{ sealed: number }> {
  const me = assertViewer(viewer);
  if (!(await vaultIsOn(me.id))) throw new AppError("Turn on encryption first.", "conflict");
  const counts = await db.$transaction(
    input.notes.map(({ id, sealedNote }) =>
      db.checkIn.updateMany({
        where: { id, authorId: me.id, visibility: "PRIVATE", note: { not: null } },
        data: { sealedNote, note: null },
      }),
    ),
  );
  return { sealed: counts.reduce((sum, { count }) => sum + count, 0) };
}
