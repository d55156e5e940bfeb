"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { FormMessage, TextField } from "@/components/ui/field";
import {
  inviteByEmailAction,
  inviteByLinkAction,
  openInviteCodeAction,
  revokeInviteAction,
  type InviteFormState,
} from "@/lib/couples/actions";
import { idleFormState } from "@/lib/forms/form-state";

type Pending = { id: string; email: string | null; expiresOn: string } | null;

export function InvitePanel({ pending }: { pending: Pending }) {
  const [emailState, emailAction, emailPending] = useActionState<InviteFormState, FormData>(inviteByEmailAction, idleFormState);
  const [linkState, linkAction, linkPending] = useActionState<InviteFormState, FormData>(inviteByLinkAction, idleFormState);
  const [revokeState, revokeAction, revokePending] = useActionState(revokeInviteAction, idleFormState);
  // Whichever form ran last holds the newest invite.
  const created = [emailState.invite, linkState.invite].filter(Boolean).at(-1);

  return (
    <div className="flex flex-col gap-6">
      <form action={emailAction} className="flex flex-col gap-3" noValidate>
        <FormMessage status={emailState.status} message={emailState.fieldErrors?.email ? undefined : emailState.message} />
        <TextField
          label="Your partner's email"
          name="email"
          type="email"
          autoComplete="off"
          inputMode="email"
          placeholder="partner@example.com"
          defaultValue={emailState.status === "error" ? emailState.values?.email : ""}
          key={emailState.status === "error" ? "error" : `sent-${emailState.invite?.code ?? ""}`}
          error={emailState.fieldErrors?.email}
        />
        <Button type="submit" disabled={emailPending}>
          {emailPending ? "Sending…" : "Send invite"}
        </Button>
      </form>

      <div className="flex items-center gap-3 text-sm text-muted" aria-hidden="true">
        <span className="h-px flex-1 bg-line" />
        or
        <span className="h-px flex-1 bg-line" />
      </div>

      <form action={linkAction} className="flex flex-col gap-3">
        <FormMessage status={linkState.status} message={linkState.message} />
        <Button type="submit" variant="secondary" disabled={linkPending}>
          {linkPending ? "Creating…" : "Create a link or code to share"}
        </Button>
      </form>

      {created ? (
        <section aria-label="Your invite" className="flex flex-col gap-3 rounded-xl border border-line bg-sand/60 p-4">
          <div className="flex flex-col gap-1">
            <span className="text-sm font-semibold">Invite link</span>
            <code data-testid="invite-link" className="break-all rounded-lg bg-white px-3 py-2 text-sm">
              {created.link}
            </code>
            <div>
              <CopyButton value={created.link} label="Copy link" />
            </div>
          </div>
          <div className="flex flex-col gap-1">
            <span className="text-sm font-semibold">Or a code to type in Kindred</span>
            <code data-testid="invite-code" className="self-start rounded-lg bg-white px-3 py-2 text-lg tracking-widest">
              {created.code}
            </code>
            <div>
              <CopyButton value={created.code} label="Copy code" />
            </div>
          </div>
          <p className="text-sm text-muted">Shown once: we keep only a scrambled copy. Creating a new invite replaces this one.</p>
        </section>
      ) : pending ? (
        <p className="text-sm text-muted">
          You have a pending invite{pending.email ? ` to ${pending.email}` : ""}, valid until {pending.expiresOn}.
        </p>
      ) : null}

      {pending ? (
        <form action={revokeAction} className="flex flex-col gap-2">
          <input type="hidden" name="inviteId" value={pending.id} />
          <FormMessage status={revokeState.status} message={revokeState.message} />
          <Button type="submit" variant="ghost" className="self-start" disabled={revokePending}>
            Withdraw pending invite
          </Button>
        </form>
      ) : revokeState.status !== "idle" ? (
        <FormMessage status={revokeState.status} message={revokeState.message} />
      ) : null}
    </div>
  );
}

export function InviteCodeForm() {
  const [state, action, pending] = useActionState(openInviteCodeAction, idleFormState);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <TextField
        label="Invite code"
        name="secret"
        autoComplete="off"
        autoCapitalize="characters"
        placeholder="ABCDE-12345"
        defaultValue={state.values?.secret}
        error={state.fieldErrors?.secret}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        Use code
      </Button>
    </form>
  );
}
