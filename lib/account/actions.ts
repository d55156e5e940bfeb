"use server";

import { redirect } from "next/navigation";
import { signOutEverywhere } from "@/lib/auth/sessions";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import type { FormState } from "@/lib/forms/form-state";
import { formAction, handleForm } from "@/lib/forms/handle-form";
import { DeleteAccountSchema } from "./schema";
import { deleteAccount } from "./service";

export const deleteAccountAction = formAction(async function deleteAccountAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const viewer = await requireOnboardedViewer();
  const state = await handleForm(DeleteAccountSchema, formData, ({ confirmEmail }) => deleteAccount(viewer, confirmEmail));
  if (state.status !== "success") return state;
  await signOutEverywhere();
  redirect("/?deleted=1");
});
