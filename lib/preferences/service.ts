import "server-only";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { EMAIL_KINDS, verifyUnsubscribeToken, type UnsubscribeKind } from "@/lib/email/unsubscribe";
import type { ChannelChoice } from "@/lib/generated/prisma/enums";
import { choiceFor, choiceIncludes, defaultChoice } from "@/lib/notifications/targets";
import { CHOOSABLE_KINDS, type ChoosableKind } from "./choices";
import type { EmailPreferences } from "./schema";

export const preferenceFields = {
  reminderEnabled: true,
  reminderHour: true,
  digestEnabled: true,
  digestWeekday: true,
  digestHour: true,
  quietStart: true,
  quietEnd: true,
} as const;

/** Schedules, quiet hours and how each kind reaches the viewer (their own choice, or the default for their devices). */
export async function getEmailPreferences(viewer: Viewer): Promise<EmailPreferences> {
  const me = assertViewer(viewer);
  const { notificationPrefs, _count, ...fields } = await db.user.findUniqueOrThrow({
    where: { id: me.id },
    select: { ...preferenceFields, notificationPrefs: true, _count: { select: { pushDevices: true } } },
  });
  const choices = new Map(notificationPrefs.map((p) => [p.kind, p.channels]));
  const channels = Object.fromEntries(
    (Object.keys(CHOOSABLE_KINDS) as ChoosableKind[]).map((kind) => [`channel_${kind}`, choiceFor(choices, kind, _count.pushDevices)]),
  ) as Pick<EmailPreferences, `channel_${ChoosableKind}`>;
  return { ...fields, ...channels };
}

export async function saveEmailPreferences(viewer: Viewer, input: EmailPreferences): Promise<void> {
  const me = assertViewer(viewer);
  const { reminderEnabled, reminderHour, digestEnabled, digestWeekday, digestHour, quietStart, quietEnd } = input;
  const kinds = Object.keys(CHOOSABLE_KINDS) as ChoosableKind[];
  // A choice equal to the default is not stored, so it keeps following the default (push once they add a phone).
  const usual = defaultChoice(await db.pushDevice.count({ where: { userId: me.id } }));
  const chosen = kinds.filter((kind) => input[`channel_${kind}`] !== usual);
  await db.$transaction([
    db.user.update({
      where: { id: me.id },
      data: { reminderEnabled, reminderHour, digestEnabled, digestWeekday, digestHour, quietStart, quietEnd },
    }),
    db.notificationPreference.deleteMany({ where: { userId: me.id, kind: { in: kinds.filter((kind) => !chosen.includes(kind)) } } }),
    ...chosen.map((kind) =>
      db.notificationPreference.upsert({
        where: { userId_kind: { userId: me.id, kind } },
        create: { userId: me.id, kind, channels: input[`channel_${kind}`] },
        update: { channels: input[`channel_${kind}`] },
      }),
    ),
  ]);
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
  const entry = EMAIL_KINDS[parsed.kind];
  const user = await db.user.findUnique({
    where: { id: parsed.userId },
    select: { reminderEnabled: true, digestEnabled: true, notificationPrefs: true, _count: { select: { pushDevices: true } } },
  });
  if (!user) return null;
  const subscribed =
    "column" in entry
      ? user[entry.column]
      : choiceIncludes(
          choiceFor(new Map(user.notificationPrefs.map((p) => [p.kind, p.channels])), entry.kind, user._count.pushDevices),
          "EMAIL",
        );
  return { kind: parsed.kind, label: entry.label, subscribed };
}

/** Turns the kind of email a signed token names on or off (for a notification kind, only its email half); null when the token is not valid. */
export async function setSubscription(token: string, subscribed: boolean): Promise<Subscription | null> {
  const parsed = verifyUnsubscribeToken(token);
  if (!parsed) return null;
  const entry = EMAIL_KINDS[parsed.kind];
  if ("column" in entry) {
    const { count } = await db.user.updateMany({ where: { id: parsed.userId }, data: { [entry.column]: subscribed } });
    return count > 0 ? { kind: parsed.kind, label: entry.label, subscribed } : null;
  }
  const user = await db.user.findUnique({
    where: { id: parsed.userId },
    select: { notificationPrefs: { where: { kind: entry.kind } }, _count: { select: { pushDevices: true } } },
  });
  if (!user) return null;
  const choice = user.notificationPrefs[0]?.channels ?? defaultChoice(user._count.pushDevices);
  const pushToo = choiceIncludes(choice, "PUSH");
  const next: ChannelChoice = subscribed ? (pushToo ? "BOTH" : "EMAIL") : pushToo ? "PUSH" : "OFF";
  await db.notificationPreference.upsert({
    where: { userId_kind: { userId: parsed.userId, kind: entry.kind } },
    create: { userId: parsed.userId, kind: entry.kind, channels: next },
    update: { channels: next },
  });
  return { kind: parsed.kind, label: entry.label, subscribed };
}
