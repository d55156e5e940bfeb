import "server-only";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { EMAIL_KINDS, type UnsubscribeKind } from "@/lib/email/unsubscribe";
import type { EmailPreferences } from "./schema";

const fields = {
  reminderEnabled: true,
  reminderHour: true,
  noteEmails: true,
  digestEnabled: true,
  digestWeekday: true,
  digestHour: true,
} as const;

export async function getEmailPreferences(viewer: Viewer): Promise<EmailPreferences> {
  const me = assertViewer(viewer);
  return db.user.findUniqueOrThrow({ where: { id: me.id }, select: fields });
}

export async function saveEmailPreferences(viewer: Viewer, input: EmailPreferences): Promise<void> {
  const me = assertViewer(viewer);
  await db.user.update({ where: { id: me.id }, data: input });
}

/** Turns one kind of email off (or back on) for the person a signed unsubscribe token names. */
export async function setEmailKind(userId: string, kind: UnsubscribeKind, enabled: boolean): Promise<boolean> {
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { [EMAIL_KINDS[kind].column]: enabled } });
  return count > 0;
}
