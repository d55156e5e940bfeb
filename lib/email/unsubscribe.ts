import { createHmac, timingSafeEqual } from "node:crypto";
import { appUrl, env } from "@/lib/env";

/**
 * The kinds of email a person can turn off from the email itself, and what
 * each controls: a schedule's switch (reminder, digest), or the email half of
 * that kind's notification choice (push stays as it was).
 */
export const EMAIL_KINDS = {
  reminder: { column: "reminderEnabled", label: "daily check-in reminders" },
  digest: { column: "digestEnabled", label: "the weekly digest" },
  notes: { kind: "NOTE_RECEIVED", label: "emails about notes from your partner" },
  responses: { kind: "CHECKIN_RESPONSE", label: "emails when your partner responds to a check-in" },
  accepted: { kind: "INVITE_ACCEPTED", label: "emails when your invitation is accepted" },
  unlinked: { kind: "PARTNER_LEFT", label: "emails when your partner unlinks" },
  questions: { kind: "QUESTION_ANSWERED", label: "emails when your partner answers today's question" },
  talks: { kind: "TALK_STARTED", label: "emails when your partner starts a talk" },
  turns: { kind: "TALK_TURN", label: "emails when it's your turn in a talk" },
  breaks: { kind: "TALK_RESUME", label: "emails when a talk's break is over" },
  bids: { kind: "BID", label: "emails when your partner reaches out" },
  repairs: { kind: "REPAIR", label: "emails when your partner sends words from your repair list" },
  apologies: { kind: "APOLOGY", label: "emails about apologies between you" },
  agreements: { kind: "AGREEMENT_CHECK", label: "emails asking whether you kept an agreement" },
} as const;

export type UnsubscribeKind = keyof typeof EMAIL_KINDS;

function signature(userId: string, kind: UnsubscribeKind): string {
  const key = env().NEXTAUTH_SECRET ?? "kindred-development-only-key";
  return createHmac("sha256", key).update(`unsubscribe:${userId}:${kind}`).digest("base64url").slice(0, 32);
}

/** A signed token naming one person and one kind of email; it needs no sign-in to use. */
export function unsubscribeToken(userId: string, kind: UnsubscribeKind): string {
  return `${userId}.${kind}.${signature(userId, kind)}`;
}

export function verifyUnsubscribeToken(token: string): { userId: string; kind: UnsubscribeKind } | null {
  const [userId, kind, sig] = token.split(".");
  if (!userId || !sig || !kind || !(kind in EMAIL_KINDS)) return null;
  const expected = Buffer.from(signature(userId, kind as UnsubscribeKind));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId, kind: kind as UnsubscribeKind };
}

/** The page link for the email body and the one-click headers mail providers require. */
export function unsubscribeLinks(userId: string, kind: UnsubscribeKind) {
  const token = encodeURIComponent(unsubscribeToken(userId, kind));
  const page = `${appUrl()}/unsubscribe?token=${token}`;
  return {
    page,
    headers: {
      "List-Unsubscribe": `<${appUrl()}/api/unsubscribe?token=${token}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
