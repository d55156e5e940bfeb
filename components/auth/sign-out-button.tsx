"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

/** Signs out, has the service worker forget the pages it kept for offline use (they are this person's), and forgets unlocked note keys. */
export function SignOutButton() {
  async function signOutHere() {
    navigator.serviceWorker?.controller?.postMessage({ type: "signed-out" });
    await import("@/lib/vault/device").then(({ forgetAllNoteKeysHere }) => forgetAllNoteKeysHere()).catch(() => undefined);
    await signOut({ callbackUrl: "/" });
  }
  return (
    <Button type="button" variant="secondary" onClick={signOutHere}>
      Sign out
    </Button>
  );
}
