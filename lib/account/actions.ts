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
  { redirect: "/?deleted=1" },
);
