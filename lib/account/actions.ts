"use server";

import { signOutEverywhere } from "@/lib/auth/sessions";
import { viewerAction } from "@/lib/forms/action";
import { DeleteAccountSchema } from "./schema";
import { deleteAccount } from "./service";

export const deleteAccountAction = viewerAction(
  DeleteAccountSchema,
  async (viewer, { confirmEmail }) => {
    await deleteAccount(viewer, confirmEmail);
    await signOutEverywhere();
  },
  // No redirect here: the browser first forgets what this person left on the device (components/account/delete-account-form.tsx).
  { message: "Your account is deleted." },
);
