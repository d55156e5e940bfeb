"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { signOutTo } from "./auth-requests";
import { forgetThisDevice } from "./forget-this-device";

const UNREACHABLE = "Kindred couldn't be reached, so you are still signed in. Try again when you're online.";

/** Signs out, and forgets this person's kept pages and unlocked note keys on this device. */
export function SignOutButton() {
  const [failed, setFailed] = useState(false);
  const [pending, setPending] = useState(false);
  async function signOutHere() {
    setFailed(false);
    setPending(true);
    await forgetThisDevice();
    try {
      await signOutTo("/");
    } catch {
      // Offline or the server is away: the session is not ended, and saying nothing would look like a dead button.
      setFailed(true);
      setPending(false);
    }
  }
  return (
    <div className="flex flex-col items-start gap-3">
      <FormMessage status={failed ? "error" : "idle"} message={UNREACHABLE} />
      <Button type="button" variant="secondary" onClick={signOutHere} disabled={pending}>
        {pending ? "Signing out…" : "Sign out"}
      </Button>
    </div>
  );
}
