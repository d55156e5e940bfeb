import "server-only";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { endCouple, tellPartner } from "@/lib/couples/service";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Everything Kindred holds about the viewer, as a JSON-ready object. */
export async function exportMyData(viewer: Viewer) {
  const me = assertViewer(viewer);
  const user = await db.user.findUniqueOrThrow({
    where: { id: me.id },
    select: {
      id: true,
      email: true,
      name: true,
      timeZone: true,
      createdAt: true,
      memberships: {
        orderBy: { joinedAt: "asc" },
        select: {
          joinedAt: true,
          leftAt: true,
          couple: {
            select: { id: true, memberships: { where: { userId: { not: me.id } }, select: { user: { select: { name: true } } } } },
          },
        },
      },
      invitesSent: {
        orderBy: { createdAt: "asc" },
        select: { email: true, createdAt: true, expiresAt: true, acceptedAt: true, revokedAt: true },
      },
      checkIns: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          createdAt: true,
          updatedAt: true,
          pleasantness: true,
          energy: true,
          feeling: true,
          note: true,
          visibility: true,
          need: true,
          responses: { select: { kind: true, createdAt: true } },
        },
      },
      checkInResponses: { orderBy: { createdAt: "asc" }, select: { checkInId: true, kind: true, createdAt: true } },
      notesWritten: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          body: true,
          prompt: true,
          createdAt: true,
          readAt: true,
          heartedAt: true,
          reply: true,
          repliedAt: true,
          coupleId: true,
        },
      },
      practicesTried: { orderBy: { createdAt: "asc" }, select: { week: true, slug: true, createdAt: true } },
      reminderEnabled: true,
      reminderHour: true,
      noteEmails: true,
      digestEnabled: true,
      digestWeekday: true,
      digestHour: true,
    },
  });
  // Notes received are shown (and exported) only while the couple they were written in lasts.
  const notesReceived = me.couple
    ? await db.note.findMany({
        where: { recipientId: me.id, coupleId: me.couple.id },
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, readAt: true, heartedAt: true, reply: true, repliedAt: true },
      })
    : [];
  return {
    exportedAt: new Date().toISOString(),
    profile: { email: user.email, name: user.name, timeZone: user.timeZone, createdAt: user.createdAt },
    couples: user.memberships.map((m) => ({
      coupleId: m.couple.id,
      partnerName: m.couple.memberships[0]?.user.name ?? null,
      joinedAt: m.joinedAt,
      leftAt: m.leftAt,
    })),
    invitesSent: user.invitesSent,
    checkIns: user.checkIns.map(({ responses, ...checkIn }) => ({ ...checkIn, responsesFromPartner: responses })),
    responsesIGave: user.checkInResponses,
    notesWritten: user.notesWritten.map(({ coupleId, ...note }) =>
      coupleId && coupleId === me.couple?.id ? note : { ...note, heartedAt: null, reply: null, repliedAt: null },
    ),
    notesReceived,
    practicesTried: user.practicesTried,
    emailPreferences: {
      checkInReminder: { enabled: user.reminderEnabled, localHour: user.reminderHour },
      noteEmails: user.noteEmails,
      weeklyDigest: { enabled: user.digestEnabled, weekday: user.digestWeekday, localHour: user.digestHour },
    },
  };
}

/**
 * Deletes the viewer's account and everything they wrote, after they typed
 * their email to confirm. A partner is unlinked first and told by email.
 */
export async function deleteAccount(viewer: Viewer, confirmEmail: string, { now = new Date() }: { now?: Date } = {}): Promise<void> {
  const me = assertViewer(viewer);
  if (confirmEmail.trim().toLowerCase() !== me.email.toLowerCase()) {
    throw new AppError("That doesn't match your email address.", "invalid", "confirmEmail");
  }
  const partner = await endCouple(me.id, now);
  await db.user.delete({ where: { id: me.id } });
  if (partner) await tellPartner(partner, me.name ?? "Your partner", "deleted");
}
