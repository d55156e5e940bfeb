import "server-only";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { EMAIL_KINDS, verifyUnsubscribeToken, type UnsubscribeKind } from "@/lib/email/unsubscribe";
import type { EmailPreferences } from "./schema";

export const preferenceFields = {
  reminderEnabled: true,
  reminderHour: true,
  noteEmails: true,
  digestEnabled: true,
  digestWeekday: true,
  digestHour: true,
} as const;

export async function getEmailPreferences(viewer: Viewer): Promise<EmailPreferences> {
  const me = assertViewer(viewer);
  return db.user.findUniqueOrThrow({ where: { id: me.id }, select: preferenceFields });
}

export async function saveEmailPreferences(viewer: Viewer, input: EmailPreferences): Promise<void> {
  const me = assertViewer(viewer);
  await db.user.update({ where: { id: me.id }, data: input });
}

export type Subscription = { kind: UnsubscribeKind; label: string; subscribed: boolean };

/**
 * The one service behind every unsubscribe surface (the one-click POST mail
 * providers make, the page's buttons, the page itself): what a signed token
 * names, and whether that kind of email is on. Null for a token that is not
 * valid or names nobody. No sign-in needed: the signature is the permission.
 */
export async function getSubscription(token: string): Promise<Subscription | null> {
  const parsed = verifyUnsubscribeToken(token);
  if (!parsed) return null;
  const { column, label } = EMAIL_KINDS[parsed.kind];
  const user = await db.user.findUnique({ where: { id: parsed.userId }, select: { [column]: true } });
  return user ? { kind: parsed.kind, label, subscribed: Boolean((user as Record<string, unknown>)[column]) } : null;
}

/** Turns the kind of email a signed token names on or off; null when the token is not valid. */
export async function setSubscription(token: string, subscribed: boolean): Promise<Subscription | null> {
  const parsed = verifyUnsubscribeToken(token);
  if (!parsed) return null;
  const { column, label } = EMAIL_KINDS[parsed.kind];
  const { count } = await db.user.updateMany({ where: { id: parsed.userId }, data: { [column]: subscribed } });
  return count > 0 ? { kind: parsed.kind, label, subscribed } : null;
}
