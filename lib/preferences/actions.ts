"use server";

import { AppError } from "@/lib/errors";
import { publicAction, viewerAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { EmailKindTokenSchema, EmailPreferencesSchema } from "./schema";
import { saveEmailPreferences, setSubscription } from "./service";

export const saveEmailPreferencesAction = viewerAction(EmailPreferencesSchema, (viewer, input) => saveEmailPreferences(viewer, input), {
  revalidate: ["/settings"],
  message: "Notification preferences saved.",
});

/** The unsubscribe page's state: the outcome, and whether that kind of email is now on. */
export type SubscriptionState = FormState & { subscribed?: boolean };

/** From the unsubscribe page: turn one kind of email off or on with the signed token, no sign-in needed. */
export const setEmailKindAction = publicAction<typeof EmailKindTokenSchema, SubscriptionState>(
  EmailKindTokenSchema,
  async ({ token, enabled }) => {
    const result = await setSubscription(token, enabled);
    if (!result) throw new AppError("This link is not valid any more.", "not_found");
    return {
      status: "success",
      subscribed: result.subscribed,
      message: result.subscribed ? `You're subscribed to ${result.label} again.` : `You won't get ${result.label} any more.`,
    };
  },
);
