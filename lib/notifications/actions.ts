"use server";

import { viewerAction } from "@/lib/forms/action";
import { DeviceIdSchema } from "./device-schema";
import { removeDevice, sendTestPush } from "./devices";

export const removeDeviceAction = viewerAction(DeviceIdSchema, (viewer, { deviceId }) => removeDevice(viewer, deviceId), {
  // The device leaves the list: that is the confirmation.
  revalidate: ["/settings"],
});

export const sendTestPushAction = viewerAction(
  DeviceIdSchema,
  (viewer, { deviceId }) => sendTestPush(viewer, deviceId).then(() => undefined),
  {
    message: "Sent. It should appear on that device in a moment.",
  },
);
