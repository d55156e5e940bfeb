"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import type { FormState } from "@/lib/forms/form-state";
import { formAction, handleForm } from "@/lib/forms/handle-form";
import { clientIp } from "@/lib/rate-limit";
import { InviteByEmailSchema, InviteIdSchema, InviteSecretSchema } from "./schema";
import { acceptInvite, createInvite, revokeInvite, unlinkPartner } from "./service";
import { z } from "zod";

/** The invite panel's state also carries the link and code, shown once after creation. */
export type InviteFormState = FormState & { invite?: { link: string; code: string; email: string | null; emailSent: boolean } };

async function ip() {
  return clientIp(await headers());
}

export const inviteByEmailAction = formAction(async function inviteByEmailAction(
  _previous: InviteFormState,
  formData: FormData,
): Promise<InviteFormState> {
  const viewer = await requireOnboardedViewer();
  const requestIp = await ip();
  let created: InviteFormState["invite"];
  const state = await handleForm(InviteByEmailSchema, formData, async ({ email }) => {
    const invite = await createInvite(viewer, { email }, { ip: requestIp });
    created = { link: invite.link, code: invite.code, email: invite.email, emailSent: invite.emailSent };
    return {
      status: "success",
      message: invite.emailSent ? `Invite sent to ${email}.` : `We couldn't send the email just now. Share the link or code below instead.`,
    };
  });
  revalidatePath("/home");
  return { ...state, invite: created };
});

export const inviteByLinkAction = formAction(async function inviteByLinkAction(
  _previous: InviteFormState,
  formData: FormData,
): Promise<InviteFormState> {
  const viewer = await requireOnboardedViewer();
  const requestIp = await ip();
  let created: InviteFormState["invite"];
  const state = await handleForm(z.object({}), formData, async () => {
    const invite = await createInvite(viewer, {}, { ip: requestIp });
    created = { link: invite.link, code: invite.code, email: null, emailSent: false };
    return { status: "success", message: "Your invite link is ready. It works once and lasts 7 days." };
  });
  revalidatePath("/home");
  return { ...state, invite: created };
});

export const revokeInviteAction = formAction(async function revokeInviteAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const viewer = await requireOnboardedViewer();
  const state = await handleForm(InviteIdSchema, formData, async ({ inviteId }) => {
    await revokeInvite(viewer, inviteId);
    return { status: "success", message: "Invite withdrawn. Its link and code no longer work." };
  });
  revalidatePath("/home");
  return state;
});

/** "Have a code?": go to the same confirm screen a link leads to. */
export const openInviteCodeAction = formAction(async function openInviteCodeAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireOnboardedViewer();
  const state = await handleForm(InviteSecretSchema, formData, async () => undefined);
  if (state.status !== "success") return state;
  redirect(`/invite/${encodeURIComponent(String(formData.get("secret")).trim())}`);
});

export const acceptInviteAction = formAction(async function acceptInviteAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const viewer = await requireOnboardedViewer();
  const state = await handleForm(InviteSecretSchema, formData, async ({ secret }) => {
    await acceptInvite(viewer, secret);
  });
  if (state.status !== "success") return state;
  revalidatePath("/", "layout");
  redirect("/home?linked=1");
});

export const unlinkAction = formAction(async function unlinkAction(_previous: FormState, _formData: FormData): Promise<FormState> {
  const viewer = await requireOnboardedViewer();
  const state = await handleForm(z.object({}), _formData, () => unlinkPartner(viewer));
  if (state.status !== "success") return state;
  revalidatePath("/", "layout");
  redirect("/home?unlinked=1");
});
