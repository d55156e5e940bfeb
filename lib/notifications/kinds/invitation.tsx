import { InviteEmail } from "@/lib/email/templates/invite-email";
import { unseal } from "../sealed";
import type { Content, NotificationKindModule } from "../types";

/** What an invitation email needs; sealed in the row (the link and code are secrets) and cleared once it is settled. */
export type InvitationContext = { inviteId: string; to: string; inviterName: string; link: string; code: string; expiresOn: string };

/**
 * The invitation to a partner's address, owned by the inviter. Sent at once
 * when created, retried like every message, and not at all once the invite
 * was revoked, accepted or has expired. It ignores the inviter's own
 * notification choices and quiet hours: it is for someone else.
 */
export const invitation: NotificationKindModule = {
  kind: "INVITATION",
  channels: ["EMAIL"],
  followsPreference: false,
  respectsQuietHours: false,
  async compose(rows, { db, now }) {
    const sealed = rows.map((row) => ({ row, context: unseal<InvitationContext>(row.context) }));
    const pending = await db.invite.findMany({
      where: {
        id: { in: sealed.flatMap(({ context }) => (context ? [context.inviteId] : [])) },
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
      },
      select: { id: true, inviterId: true },
    });
    const contents = new Map<string, Content>();
    for (const { row, context } of sealed) {
      if (!context || !pending.some((invite) => invite.id === context.inviteId && invite.inviterId === row.userId)) continue;
      contents.set(row.id, {
        email: {
          to: context.to,
          subject: `${context.inviterName} invited you to Kindred`,
          react: <InviteEmail inviterName={context.inviterName} url={context.link} code={context.code} expiresOn={context.expiresOn} />,
        },
      });
    }
    return contents;
  },
};
