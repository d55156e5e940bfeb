"use server";

import { EMAIL_KINDS, verifyUnsubscribeToken } from "@/lib/email/unsubscribe";
import { AppError } from "@/lib/errors";
import { publicAction, viewerAction } from "@/lib/forms/action";
import { EmailPreferencesSchema, EmailKindTokenSchema } from "./schema";
import { saveEmailPreferences, setEmailKind } from "./service";

export const saveEmailPreferencesAction = viewerAction(
  EmailPreferencesSchema,
  async (viewer, input) => {
    await saveEmailPreferences(viewer, input);
    return { status: "success", message: "Email preferences saved." };
  },
  { revalidate: ["/settings"] },
);

/** From the unsubscribe page: change one kind of email with the signed token, no sign-in needed. */
export const setEmailKindAction = publicAction(EmailKindTokenSchema, async ({ token, enabled }) => {
  const parsed = verifyUnsubscribeToken(token);
  if (!parsed || !(await setEmailKind(parsed.userId, parsed.kind, enabled)))
    throw new AppError("This link is not valid any more.", "not_found");
  const label = EMAIL_KINDS[parsed.kind].label;
  return { status: "success", message: enabled ? `You're subscribed to ${label} again.` : `You won't get ${label} any more.` };
});
