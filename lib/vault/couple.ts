import "server-only";
import type { z } from "zod";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAndTell } from "@/lib/live/notify";
import type { CoupleKeys } from "./couple-keys";
import type { CoupleTurnOnSchema, SealCoupleNotesSchema } from "./schema";

/**
 * "Encrypt our words": a couple's notes and replies sealed in the browser
 * with a couple key. The server keeps only the key wrapped to each partner's
 * public key (lib/vault/crypto.ts), and refuses plain words from then on.
 */

export type CoupleVaultState = {
  partnerName: string;
  /** When it was turned on, or null while off. */
  since: Date | null;
  /** Each partner needs a key pair (from "Encrypt my private notes") before the couple key can be wrapped to them. */
  myPublicKey: string | null;
  partner: { id: string; publicKey: string | null };
  /** My keys, when the current couple's words are encrypted. */
  keys: CoupleKeys | null;
};

/** True when the couple's words must arrive sealed. */
export async function coupleVaultIsOn(coupleId: string): Promise<boolean> {
  return (await db.coupleVault.count({ where: { coupleId } })) > 0;
}

/**
 * What a page needs to open sealed words here: my wraps of every couple key
 * I hold (the current couple's and earlier ones, for notes I sent then) and
 * my sealed private key. Null when I hold none.
 */
export async function getCoupleKeys(viewer: Viewer): Promise<CoupleKeys | null> {
  const me = assertViewer(viewer);
  const vault = await db.vault.findUnique({
    where: { userId: me.id },
    select: { privateWrap: true, publicKey: true, user: { select: { coupleKeys: { select: { coupleId: true, wrap: true } } } } },
  });
  if (!vault?.privateWrap || !vault.publicKey || vault.user.coupleKeys.length === 0) return null;
  return { privateWrap: vault.privateWrap, publicKey: vault.publicKey, wraps: vault.user.coupleKeys };
}

/** My current couple's id when its words are encrypted and I hold its key: the forms seal for it before sending. */
export function sealingCoupleId(viewer: Viewer, keys: CoupleKeys | null): string | undefined {
  const coupleId = viewer.couple?.id;
  return coupleId && keys?.wraps.some((wrap) => wrap.coupleId === coupleId) ? coupleId : undefined;
}

/** Settings → Encrypt our words. Null when not linked. */
export async function getCoupleVaultState(viewer: Viewer): Promise<CoupleVaultState | null> {
  const me = assertViewer(viewer);
  if (!me.couple) return null;
  const partner = me.couple.partner;
  const [couple, vaults, keys] = await Promise.all([
    db.coupleVault.findUnique({ where: { coupleId: me.couple.id }, select: { createdAt: true } }),
    db.vault.findMany({ where: { userId: { in: [me.id, partner.id] } }, select: { userId: true, publicKey: true } }),
    getCoupleKeys(me),
  ]);
  const publicKeyOf = (userId: string) => vaults.find((vault) => vault.userId === userId)?.publicKey ?? null;
  return {
    partnerName: partner.name,
    since: couple?.createdAt ?? null,
    myPublicKey: publicKeyOf(me.id),
    partner: { id: partner.id, publicKey: publicKeyOf(partner.id) },
    keys: couple && sealingCoupleId(me, keys) ? keys : null,
  };
}

/**
 * Turns it on for my current couple: the couple key the browser made,
 * wrapped to both of us. Both must have a key pair; once per couple.
 */
export async function turnOnCoupleVault(viewer: Viewer, input: z.infer<typeof CoupleTurnOnSchema>, { now = new Date() } = {}) {
  const me = assertViewer(viewer);
  if (!me.couple) throw new AppError("Link with your partner first.", "conflict");
  const couple = me.couple;
  const members = [me.id, couple.partner.id];
  if (new Set(input.wraps.map((wrap) => wrap.userId)).size !== 2 || !input.wraps.every((wrap) => members.includes(wrap.userId)))
    throw new AppError("The key must be wrapped for you and your partner.", "invalid");
  const withKeys = await db.vault.count({ where: { userId: { in: members }, publicKey: { not: null } } });
  if (withKeys < 2) throw new AppError(`You and ${couple.partner.name} both need encryption on for your private notes first.`, "conflict");
  await writeAndTell(couple.partner.id, "note", async (tx) => {
    const created = await tx.coupleVault.createMany({ data: [{ coupleId: couple.id, createdAt: now }], skipDuplicates: true });
    if (created.count === 0) throw new AppError("Your words are already encrypted.", "conflict");
    await tx.coupleKey.createMany({ data: input.wraps.map(({ userId, wrap }) => ({ coupleId: couple.id, userId, wrap, createdAt: now })) });
  });
  return { on: true as const };
}

const PLAIN_PAGE = 20;
/** The current couple's notes, written by either of us. */
const ours = (me: Viewer) => ({ coupleId: me.couple!.id, OR: [{ authorId: me.id }, { recipientId: me.id }] });

/** The current couple's notes and replies still in words (written before it was on), a page at a time, for the browser to seal. */
export async function plainCoupleNotes(viewer: Viewer): Promise<{ notes: { id: string; body: string | null; reply: string | null }[] }> {
  const me = assertViewer(viewer);
  if (!me.couple || !(await coupleVaultIsOn(me.couple.id))) return { notes: [] };
  const notes = await db.note.findMany({
    where: { ...ours(me), AND: [{ OR: [{ body: { not: null } }, { reply: { not: null } }] }] },
    orderBy: { id: "asc" },
    take: PLAIN_PAGE,
    select: { id: true, body: true, reply: true },
  });
  return { notes };
}

/** Replaces those words with what the browser sealed; a body or reply already sealed (by the partner's browser) is left. */
export async function sealCoupleNotes(viewer: Viewer, input: z.infer<typeof SealCoupleNotesSchema>): Promise<{ sealed: number }> {
  const me = assertViewer(viewer);
  if (!me.couple || !(await coupleVaultIsOn(me.couple.id))) throw new AppError("Your words aren't encrypted.", "conflict");
  const where = ours(me);
  const counts = await db.$transaction(
    input.notes.flatMap(({ id, sealedBody, sealedReply }) => [
      ...(sealedBody ? [db.note.updateMany({ where: { id, ...where, body: { not: null } }, data: { sealedBody, body: null } })] : []),
      ...(sealedReply ? [db.note.updateMany({ where: { id, ...where, reply: { not: null } }, data: { sealedReply, reply: null } })] : []),
    ]),
  );
  return { sealed: counts.reduce((sum, { count }) => sum + count, 0) };
}
