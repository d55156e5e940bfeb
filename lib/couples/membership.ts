/**
 * Who a person's partner is: the one place that works it out, for a request
 * (getViewer) and for a batch (the digest, the email runner). A couple's
 * calendar is its first member's time zone (the practice of the week).
 */

/** The current membership's couple with both current members, as every caller selects it. */
export const MEMBERSHIP_SELECT = {
  coupleId: true,
  seat: true,
  joinedAt: true,
  acceptanceSeenAt: true,
  couple: {
    select: {
      memberships: { where: { leftAt: null }, select: { seat: true, user: { select: { id: true, name: true, timeZone: true } } } },
    },
  },
} as const;

export type MembershipRow = {
  coupleId: string;
  seat: number;
  joinedAt: Date;
  acceptanceSeenAt: Date | null;
  couple: { memberships: { seat: number; user: { id: string; name: string | null; timeZone: string | null } }[] };
};

export type CurrentCouple = {
  id: string;
  /** The couple's calendar (the first member's time zone), for the practice of the week. */
  timeZone: string;
  partner: { id: string; name: string; timeZone: string };
  /** For the one who invited (seat 1): when the partner accepted, and whether home has shown it yet. */
  acceptance: { at: Date; seen: boolean } | null;
};

/** The couple and partner of `userId` from their current membership (selected with MEMBERSHIP_SELECT); null when not linked. */
export function coupleOf(userId: string, membership: MembershipRow | null | undefined): CurrentCouple | null {
  const members = membership?.couple.memberships ?? [];
  const partner = members.find((m) => m.user.id !== userId)?.user;
  if (!membership || !partner) return null;
  const first = members.find((m) => m.seat === 1)?.user;
  return {
    id: membership.coupleId,
    timeZone: first?.timeZone ?? "UTC",
    partner: { id: partner.id, name: partner.name ?? "Your partner", timeZone: partner.timeZone ?? "UTC" },
    acceptance: membership.seat === 1 ? { at: membership.joinedAt, seen: membership.acceptanceSeenAt !== null } : null,
  };
}
