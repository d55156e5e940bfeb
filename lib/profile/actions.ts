"use server";

import { safeCallbackPath } from "@/lib/auth/callback";
import { onboardingAction, viewerAction } from "@/lib/forms/action";
import { ProfileSchema, WelcomeSchema } from "./schema";
import { updateProfile } from "./service";

/** First sign-in: name and time zone, then on to where the person was going. */
export const completeProfile = onboardingAction(WelcomeSchema, (viewer, { next: _next, ...input }) => updateProfile(viewer, input), {
  redirect: ({ next }) => safeCallbackPath(next),
});

/** Settings: the same fields, staying on the page. */
export const saveProfile = viewerAction(
  ProfileSchema,
  async (viewer, input) => {
    await updateProfile(viewer, input);
    return { status: "success", message: "Saved.", values: input };
  },
  { revalidate: [["/", "layout"]] },
);
