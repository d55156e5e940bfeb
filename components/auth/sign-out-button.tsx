"use client";

import { Button } from "@/components/ui/button";
import { signOutTo } from "./auth-requests";
import { forgetThisDevice } from "./forget-this-device";

/** Signs out, and forgets this person's kept pages and unlocked note keys on this device. */
export function SignOutButton() {
  async function signOutHere() {
    await forgetThisDevice();
    await signOutTo("/");
  }
  return (
    <Button type="button" variant="secondary" onClick={signOutHere}>
      Sign out
    </Button>
  );
}
