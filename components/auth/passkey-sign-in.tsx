"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { signInWithPasskeyHere, usePasskeysSupported } from "./passkey-client";

/**
 * "Sign in with a passkey" under the email form, where the browser has
 * passkeys. Where it can, the browser also offers the person's passkey among
 * the email field's suggestions (conditional UI), started here on load.
 */
export function PasskeySignIn({ callbackUrl }: { callbackUrl: string }) {
  const supported = usePasskeysSupported();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (supported) void signInWithPasskeyHere(callbackUrl, true).then((problem) => problem && setMessage(problem));
  }, [supported, callbackUrl]);

  if (!supported) return null;

  async function signIn() {
    setPending(true);
    setMessage(null);
    const problem = await signInWithPasskeyHere(callbackUrl, false);
    setMessage(problem);
    setPending(false);
  }

  return (
    <div className="flex flex-col gap-3 border-t border-line pt-5">
      <FormMessage status={message ? "error" : "idle"} message={message ?? undefined} />
      <Button type="button" variant="secondary" onClick={signIn} disabled={pending}>
        {pending ? "Waiting for your passkey…" : "Sign in with a passkey"}
      </Button>
    </div>
  );
}
