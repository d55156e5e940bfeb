"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { setEmailKindAction, type SubscriptionState } from "@/lib/preferences/actions";

/**
 * The unsubscribe page's one question: opening the link changes nothing (an
 * email scanner opens every link); one tap does. Only the current state is
 * shown, with the button that changes it.
 */
export function SubscriptionToggle({ token, label, subscribed }: { token: string; label: string; subscribed: boolean }) {
  const [state, action, pending] = useActionState<SubscriptionState, FormData>(setEmailKindAction, { status: "idle" });
  const current = state.subscribed ?? subscribed;
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="enabled" value={current ? "false" : "true"} />
      <h1 className="text-3xl font-bold">
        {!current ? "You're unsubscribed" : state.status === "success" ? "You're subscribed again" : `Unsubscribe from ${label}?`}
      </h1>
      <p className="text-lg" role="status">
        {state.status === "success" ? state.message : current ? `You get ${label} now.` : `You won't get ${label} any more.`} Other emails
        are not affected.
      </p>
      {state.status === "error" ? <FormMessage status="error" message={state.message} /> : null}
      <Button type="submit" variant={current ? "primary" : "secondary"} className="self-start" disabled={pending}>
        {current ? "Unsubscribe" : `Resubscribe to ${label}`}
      </Button>
    </form>
  );
}
