"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { registerPasskeyHere, usePasskeysSupported } from "./passkey-client";

/** Creates a passkey on this device and says so; `onAdded` instead of the default refresh (which shows it in Settings' list). */
export function AddPasskeyButton({ label = "Add a passkey on this device", onAdded }: { label?: string; onAdded?: () => void }) {
  const router = useRouter();
  const supported = usePasskeysSupported();
  const [pending, setPending] = useState(false);
  const [state, setState] = useState<{ status: "idle" | "error" | "success"; message?: string }>({ status: "idle" });

  if (supported === false)
    return <p className="text-sm text-muted">This browser can&apos;t make passkeys. Sign in with your email instead.</p>;

  async function add() {
    setPending(true);
    setState({ status: "idle" });
    const outcome = await registerPasskeyHere();
    setPending(false);
    if (outcome.ok) {
      setState({ status: "success", message: `Passkey saved as “${outcome.value.name}”. Next time, sign in with it.` });
      if (onAdded) onAdded();
      else router.refresh();
    } else if (outcome.message) {
      setState({ status: "error", message: outcome.message });
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <FormMessage status={state.status} message={state.message} />
      <Button type="button" variant="secondary" className="self-start" onClick={add} disabled={pending || !supported}>
        {pending ? "Waiting for your device…" : label}
      </Button>
    </div>
  );
}
