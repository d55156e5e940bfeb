"use server";

import { z } from "zod";
import { viewerAction } from "@/lib/forms/action";
import { PasskeyIdSchema, RenamePasskeySchema } from "./passkey-schema";
import { removePasskey, renamePasskey } from "./passkeys";
import { sessionTokenFromCookies } from "./sessions";
import { SessionIdSchema, signOutDevice, signOutOtherDevices } from "./signed-in-devices";

export const renamePasskeyAction = viewerAction(
  RenamePasskeySchema,
  (viewer, { passkeyId, name }) => renamePasskey(viewer, passkeyId, name),
  {
    revalidate: ["/settings"],
    message: "Renamed.",
  },
);

export const removePasskeyAction = viewerAction(PasskeyIdSchema, (viewer, { passkeyId }) => removePasskey(viewer, passkeyId), {
  // The passkey leaves the list: that is the confirmation.
  revalidate: ["/settings"],
});

export const signOutDeviceAction = viewerAction(
  SessionIdSchema,
  async (viewer, { sessionId }) => signOutDevice(viewer, sessionId, await sessionTokenFromCookies()),
  { revalidate: ["/settings"] },
);

export const signOutOtherDevicesAction = viewerAction(
  z.object({}),
  async (viewer) => {
    const count = await signOutOtherDevices(viewer, await sessionTokenFromCookies());
    return {
      status: "success",
      message:
        count === 0 ? "No other device was signed in." : `Signed out of ${count === 1 ? "1 other device" : `${count} other devices`}.`,
    };
  },
  { revalidate: ["/settings"] },
);
