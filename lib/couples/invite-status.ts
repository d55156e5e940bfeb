export type InviteStatus = "pending" | "expired" | "used" | "revoked";

export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export function inviteStatus(invite: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InviteStatus {
  if (invite.acceptedAt) return "used";
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

/** What a person is told when an invite cannot be accepted. */
export const INVITE_PROBLEMS = {
  unknown: "We couldn't find that invite. Check the link or code, or ask your partner for a new one.",
  expired: "This invite has expired (invites last 7 days). Ask your partner for a new one.",
  used: "This invite has already been used. Ask your partner for a new one if you need it.",
  revoked: "This invite was withdrawn. Ask your partner for a new one.",
  ownInvite: "This is your own invite. Send it to your partner so they can accept it.",
  alreadyLinked: "You're already linked with a partner. Unlink in Settings before accepting another invite.",
  inviterLinked: "The person who invited you is already linked with someone else.",
} as const;
