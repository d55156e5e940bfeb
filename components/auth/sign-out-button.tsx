"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { forgetThisDevice } from "./forget-this-device";

/** Signs out, and forgets this person's kept pages and unlocked note keys on this device. */
export function SignOutButton() {
  async function signOutHere() {
    await forgetThisDevice();
    await signOut({ callbackUrl: "/" });
  }
  return (
    <Button type="button" variant="secondary" onClick={signOutHere}>
      Sign out
    </Button>
  );
}
