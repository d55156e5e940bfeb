"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

/** Signs out, and has the service worker forget the pages it kept for offline use (they are this person's). */
export function SignOutButton() {
  async function signOutHere() {
    navigator.serviceWorker?.controller?.postMessage({ type: "signed-out" });
    await signOut({ callbackUrl: "/" });
  }
  return (
    <Button type="button" variant="secondary" onClick={signOutHere}>
      Sign out
    </Button>
  );
}
