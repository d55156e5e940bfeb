"use server";

import { headers } from "next/headers";
import { viewerAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { InviteByEmailSchema, InviteIdSchema, InviteSecretSchema, NoInputSchema } from "./schema";
import { acceptInvite, createInvite, revokeInvite, unlinkPartner, type CreatedInvite } from "./service";

/** The invite panel's state also carries the link and code, shown once after creation. */
export type InviteFormState = FormState & { invite?: { link: string; code: string; email: string | null; emailSent: boolean } };

function shown(invite: CreatedInvite): InviteFormState["invite"] {
  return { link: invite.link, code: invite.code, email: invite.email, emailSent: invite.emailSent };
}

export const inviteByEmailAction = viewerAction<typeof InviteByEmailSchema, InviteFormState>(
  InviteByEmailSchema,
  async (viewer, { email }) => {
    const invite = await createInvite(viewer, { email }, { client: clientAddress(await headers()) });
    return {
      status: "success",
      message: invite.emailSent ? `Invite sent to ${email}.` : `We couldn't send the email just now. Share the link or code below instead.`,
      invite: shown(invite),
    };
  },
  { revalidate: ["/home"] },
);

export const inviteByLinkAction = viewerAction<typeof NoInputSchema, InviteFormState>(
  NoInputSchema,
  async (viewer) => {
    const invite = await createInvite(viewer, {}, { client: clientAddress(await headers()) });
    return { status: "success", message: "Your invite link is ready. It works once and lasts 7 days.", invite: shown(invite) };
  },
  { revalidate: ["/home"] },
);

export const revokeInviteAction = viewerAction(InviteIdSchema, (viewer, { inviteId }) => revokeInvite(viewer, inviteId), {
  revalidate: ["/home"],
  message: "Invite withdrawn. Its link and code no longer work.",
});

/** "Have a code?": go to the same confirm screen a link leads to. */
export const openInviteCodeAction = viewerAction(InviteSecretSchema, async () => undefined, {
  redirect: ({ secret }) => `/invite/${encodeURIComponent(secret)}`,
});

export const acceptInviteAction = viewerAction(
  InviteSecretSchema,
  (viewer, { secret }) => acceptInvite(viewer, secret).then(() => undefined),
  {
    revalidate: [["/", "layout"]],
    redirect: "/home?linked=1",
  },
);

export const unlinkAction = viewerAction(NoInputSchema, (viewer) => unlinkPartner(viewer), {
  revalidate: [["/", "layout"]],
  redirect: "/home?unlinked=1",
});
