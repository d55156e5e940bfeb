"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { AddPasskeyButton } from "./add-passkey-button";
import { usePasskeysSupported, useStoredFlag } from "./passkey-client";

const DISMISSED = "kindred-passkey-offer-dismissed";

/**
 * Just after signing in on a device, for someone with no passkey yet: the
 * offer to sign in with one next time. "Not now" hides it on this device.
 */
export function PasskeyOffer() {
  const supported = usePasskeysSupported();
  const dismissedBefore = useStoredFlag(DISMISSED);
  const [added, setAdded] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  if (!supported || dismissed || (dismissedBefore !== false && !added)) return null;
  function dismiss() {
    localStorage.setItem(DISMISSED, "1");
    setDismissed(true);
  }
  return (
    <Card aria-labelledby="passkey-offer-heading" className="flex flex-col gap-3">
      <h2 id="passkey-offer-heading" className="text-lg font-bold">
        Sign in with a passkey next time?
      </h2>
      <p className="text-muted">No email to wait for: your face, fingerprint or screen lock signs you in, here and in the installed app.</p>
      <div className="flex flex-wrap items-start gap-2">
        <AddPasskeyButton
          label="Make a passkey"
          onAdded={() => {
            localStorage.setItem(DISMISSED, "1");
            setAdded(true);
          }}
        />
        {added ? null : (
          <Button type="button" variant="ghost" onClick={dismiss}>
            Not now
          </Button>
        )}
      </div>
    </Card>
  );
}
