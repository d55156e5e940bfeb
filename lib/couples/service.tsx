import "server-only";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { canonicalEmail } from "@/lib/email/address";
import { appUrl } from "@/lib/env";
import { AppError, NotFoundError, isUniqueViolation } from "@/lib/errors";
import { hitRateLimits, type RateLimitRule } from "@/lib/rate-limit/counter";
import { LIMITS } from "@/lib/rate-limit/limits";
import { deliverNow } from "@/lib/notifications/deliver";
import { notifyPartner } from "@/lib/live/notify";
import { enqueue } from "@/lib/notifications/enqueue";
import type { InvitationContext } from "@/lib/notifications/kinds/invitation";
import type { PartnerLeftContext } from "@/lib/notifications/kinds/partner-left";
import { seal } from "@/lib/notifications/sealed";
import { formatDay } from "@/lib/time/format";
import { INVITE_LIFETIME_MS, INVITE_PROBLEMS, inviteStatus, type InviteStatus } from "./invite-status";
import { hashInviteSecret, looksLikeInviteCode, newInviteSecrets } from "./secrets";

export type CreatedInvite = { id: string; link: string; code: string; expiresAt: Date; email: string | null; emailSent: boolean };

/** `client`: the caller's address from clientAddress(); null when unknown (per-client limits are then skipped). */
type Options = { now?: Date; client?: string | null };

function notLinked(viewer: Viewer, message = "You're already linked with a partner.") {
  if (viewer.couple) throw new AppError(message, "conflict");
}

async function limit(checks: [key: string, rule: RateLimitRule][], now: Date, message: string) {
  const { allowed } = await hitRateLimits(checks, now);
  if (!allowed) throw new AppError(message, "rate_limited");
}

/** The viewer's pending invite, if any (its secrets cannot be shown again: they are stored hashed). */
export async function getPendingInvite(viewer: Viewer, { now = new Date() }: Options = {}) {
  const me = assertViewer(viewer);
  return db.invite.findFirst({
    where: { inviterId: me.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, createdAt: true, expiresAt: true },
  });
}

/**
 * Creates the viewer's invite, replacing any pending one, and emails it when
 * an address is given. The link and code are returned once, for copying.
 */
export async function createInvite(
  viewer: Viewer,
  input: { email?: string },
  { now = new Date(), client = null }: Options = {},
): Promise<CreatedInvite> {
  const me = assertViewer(viewer);
  notLinked(me, "You're already linked with a partner. Unlink in Settings before inviting someone else.");
  const email = input.email ? canonicalEmail(input.email) || null : null;
  if (email && email === canonicalEmail(me.email)) throw new AppError("That's your own address. Enter your partner's.", "invalid", "email");

  const tooMany = "You've created a lot of invites in a short time. Please wait a while, then try again.";
  await limit(
    [
      [`invite-inviter:${me.id}`, LIMITS.invitesPerInviter],
      ...(client ? [[`invite-client:${client}`, LIMITS.invitesPerClient] as [string, RateLimitRule]] : []),
    ],
    now,
    tooMany,
  );
  if (email) {
    await limit(
      [[`invite-recipient:${email}`, LIMITS.invitesPerRecipient]],
      now,
      "That address has received several invites already. Please wait an hour, or share the link instead.",
    );
  }

  const { token, code } = newInviteSecrets();
  const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_MS);
  const link = `${appUrl()}/invite/${token}`;
  const { invite, deliveries } = await db.$transaction(async (tx) => {
    await tx.invite.updateMany({ where: { inviterId: me.id, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const invite = await tx.invite.create({
      data: { inviterId: me.id, email, tokenHash: hashInviteSecret("token", token), codeHash: hashInviteSecret("code", code), expiresAt },
      select: { id: true },
    });
    if (!email) return { invite, deliveries: [] };
    const context: InvitationContext = {
      inviteId: invite.id,
      to: email,
      inviterName: me.name ?? "Your partner",
      link,
      code,
      expiresOn: formatDay(expiresAt, me.timeZone ?? "UTC"),
    };
    const deliveries = await enqueue(tx, {
      kind: "INVITATION",
      userId: me.id,
      periodKey: `invite:${invite.id}`,
      dueAt: now,
      context: seal(context),
    });
    return { invite, deliveries };
  });
  // Sent at once; if the provider fails, the scheduled runs retry it, and the person can still copy the link or code.
  const emailSent = ((await deliverNow(deliveries, now))?.sent ?? 0) > 0;
  return { id: invite.id, link, code, expiresAt, email, emailSent };
}

export async function revokeInvite(viewer: Viewer, inviteId: string, { now = new Date() }: Options = {}): Promise<void> {
  const me = assertViewer(viewer);
  const { count } = await db.invite.updateMany({
    where: { id: inviteId, inviterId: me.id, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count === 0) throw new NotFoundError("That invite is no longer pending.");
}

function secretWhere(secret: string) {
  const trimmed = secret.trim();
  return looksLikeInviteCode(trimmed) ? { codeHash: hashInviteSecret("code", trimmed) } : { tokenHash: hashInviteSecret("token", trimmed) };
}

export type InvitePreview = { status: "unknown" } | { status: InviteStatus; inviterId: string; inviterName: string };

/**
 * What a link or code leads to, for the accept screen. Anyone holding the
 * secret may see the inviter's name; lookups are rate-limited per client so
 * that codes cannot be guessed.
 */
export async function previewInvite(secret: string, { now = new Date(), client = null }: Options = {}): Promise<InvitePreview> {
  if (client) {
    await limit(
      [[`invite-lookup:${client}`, LIMITS.inviteLookupsPerClient]],
      now,
      "Too many invite codes were tried from here. Please wait 15 minutes.",
    );
  }
  const invite = await db.invite.findFirst({
    where: secretWhere(secret),
    select: { inviterId: true, acceptedAt: true, revokedAt: true, expiresAt: true, inviter: { select: { name: true } } },
  });
  if (!invite) return { status: "unknown" };
  return { status: inviteStatus(invite, now), inviterId: invite.inviterId, inviterName: invite.inviter.name ?? "Your partner" };
}

/**
 * Links the viewer with the inviter. The invite row is locked for the whole
 * transaction, so of two people accepting at once exactly one succeeds; the
 * database's one-current-couple-per-person index settles every other race
 * (two people inviting each other and both accepting).
 */
export async function acceptInvite(
  viewer: Viewer,
  secret: string,
  { now = new Date() }: Options = {},
): Promise<{ coupleId: string; partnerName: string }> {
  const me = assertViewer(viewer);
  // Accepting is also a way to try codes, so it shares the lookup limit, per person.
  await limit(
    [[`invite-accept:${me.id}`, LIMITS.inviteAcceptsPerPerson]],
    now,
    "Too many invite codes were tried. Please wait 15 minutes.",
  );
  try {
    const linked = await db.$transaction(async (tx) => {
      const found = await tx.invite.findFirst({ where: secretWhere(secret), select: { id: true, inviterId: true } });
      if (!found) throw new AppError(INVITE_PROBLEMS.unknown, "not_found");
      if (found.inviterId === me.id) throw new AppError(INVITE_PROBLEMS.ownInvite, "conflict");
      // Lock both people in a fixed order before the invite: two invites accepted at once between
      // the same two people (or one invite by two people) then queue up, and the second sees the
      // first's couple, instead of deadlocking on each other's invite rows and membership index.
      const pair = [me.id, found.inviterId].sort();
      await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" IN (${pair[0]}, ${pair[1]}) ORDER BY "id" FOR UPDATE`;
      await tx.$queryRaw`SELECT "id" FROM "Invite" WHERE "id" = ${found.id} FOR UPDATE`;
      const id = found.id;
      const invite = await tx.invite.findUniqueOrThrow({ where: { id }, include: { inviter: { select: { name: true } } } });

      const current = await tx.coupleMembership.findMany({
        where: { userId: { in: [me.id, invite.inviterId] }, leftAt: null },
        select: { userId: true },
      });
      if (current.some((m) => m.userId === me.id)) throw new AppError(INVITE_PROBLEMS.alreadyLinked, "conflict");
      const status = inviteStatus(invite, now);
      if (status !== "pending") throw new AppError(INVITE_PROBLEMS[status], "conflict");
      if (current.length > 0) throw new AppError(INVITE_PROBLEMS.inviterLinked, "conflict");

      const couple = await tx.couple.create({
        data: {
          memberships: {
            create: [
              { userId: invite.inviterId, seat: 1, joinedAt: now },
              { userId: me.id, seat: 2, joinedAt: now },
            ],
          },
        },
        select: { id: true },
      });
      await tx.invite.update({ where: { id }, data: { acceptedAt: now, acceptedById: me.id } });
      // Neither partner can be invited away any more: withdraw their other pending invites.
      await tx.invite.updateMany({
        where: { inviterId: { in: [me.id, invite.inviterId] }, acceptedAt: null, revokedAt: null },
        data: { revokedAt: now },
      });
      const told = await enqueue(tx, { kind: "INVITE_ACCEPTED", userId: invite.inviterId, periodKey: `invite:${id}`, dueAt: now });
      // The inviter's open home turns into the linked one.
      await notifyPartner(tx, invite.inviterId, "couple");
      return { coupleId: couple.id, partnerName: invite.inviter.name ?? "your partner", told };
    });
    await deliverNow(linked.told, now);
    return { coupleId: linked.coupleId, partnerName: linked.partnerName };
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError(INVITE_PROBLEMS.alreadyLinked, "conflict");
    throw error;
  }
}

/** Ends the couple for both; each keeps what they wrote. The partner is told (by their notification choice). */
export async function unlinkPartner(viewer: Viewer, { now = new Date() }: Options = {}): Promise<void> {
  const me = assertViewer(viewer);
  const told = await endCouple(me.id, now, { partnerName: me.name ?? "Your partner", reason: "unlinked" });
  if (!told) throw new NotFoundError("You're not linked with a partner.");
  await deliverNow(told, now);
}

/**
 * Leaves the person's current couple, if any, and records the notice to the
 * partner who was left in the same transaction (so it cannot be lost, and is
 * retried like every message). Returns the notice's delivery rows; null when
 * the person was not linked.
 */
export async function endCouple(userId: string, now: Date, notice: PartnerLeftContext): Promise<string[] | null> {
  return db.$transaction(async (tx) => {
    const membership = await tx.coupleMembership.findFirst({ where: { userId, leftAt: null }, select: { coupleId: true } });
    if (!membership) return null;
    const partner = await tx.coupleMembership.findFirst({
      where: { coupleId: membership.coupleId, leftAt: null, userId: { not: userId } },
      select: { userId: true },
    });
    await tx.coupleMembership.updateMany({ where: { coupleId: membership.coupleId, leftAt: null }, data: { leftAt: now } });
    await tx.couple.update({ where: { id: membership.coupleId }, data: { endedAt: now } });
    if (!partner) return [];
    await notifyPartner(tx, partner.userId, "couple");
    return enqueue(tx, {
      kind: "PARTNER_LEFT",
      userId: partner.userId,
      periodKey: `couple:${membership.coupleId}`,
      dueAt: now,
      context: JSON.stringify(notice),
    });
  });
}
