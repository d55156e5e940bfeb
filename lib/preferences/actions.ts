"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { EMAIL_KINDS, verifyUnsubscribeToken } from "@/lib/email/unsubscribe";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/forms/form-state";
import { formAction, handleForm } from "@/lib/forms/handle-form";
import { EmailPreferencesSchema } from "./schema";
import { saveEmailPreferences, setEmailKind } from "./service";

export const saveEmailPreferencesAction = formAction(async function saveEmailPreferencesAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const viewer = await requireOnboardedViewer();
  const state = await handleForm(EmailPreferencesSchema, formData, async (input) => {
    await saveEmailPreferences(viewer, input);
    return { status: "success", message: "Email preferences saved." };
  });
  revalidatePath("/settings");
  return state;
});

const TokenSchema = z.object({ token: z.string().min(10).max(200), enabled: z.enum(["true", "false"]).transform((v) => v === "true") });

/** From the unsubscribe page: change one kind of email with the signed token, no sign-in needed. */
export const setEmailKindAction = formAction(async function setEmailKindAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return handleForm(TokenSchema, formData, async ({ token, enabled }) => {
    const parsed = verifyUnsubscribeToken(token);
    if (!parsed || !(await setEmailKind(parsed.userId, parsed.kind, enabled)))
      throw new AppError("This link is not valid any more.", "not_found");
    const label = EMAIL_KINDS[parsed.kind].label;
    return { status: "success", message: enabled ? `You're subscribed to ${label} again.` : `You won't get ${label} any more.` };
  });
});
