"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { safeCallbackPath } from "@/lib/auth/callback";
import type { FormState } from "@/lib/forms/form-state";
import { formAction, handleForm } from "@/lib/forms/handle-form";
import { ProfileSchema } from "./schema";
import { updateProfile } from "./service";

/** First sign-in: name and time zone, then on to where the person was going. */
export const completeProfile = formAction(async function completeProfile(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const state = await handleForm(ProfileSchema, formData, (input) => updateProfile(viewer, input));
  if (state.status !== "success") return state;
  redirect(safeCallbackPath(formData.get("next")));
});

/** Settings: the same fields, staying on the page. */
export const saveProfile = formAction(async function saveProfile(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  return handleForm(ProfileSchema, formData, async (input) => {
    await updateProfile(viewer, input);
    revalidatePath("/", "layout");
    return { status: "success", message: "Saved.", values: input };
  });
});
