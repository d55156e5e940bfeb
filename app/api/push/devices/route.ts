import { headers } from "next/headers";
import { jsonRoute } from "@/lib/http/json-route";
import { PushSubscriptionSchema } from "@/lib/notifications/device-schema";
import { saveDevice } from "@/lib/notifications/devices";

/** Settings' "Turn on": saves this browser's push subscription for the signed-in person. */
export const POST = jsonRoute(
  PushSubscriptionSchema,
  async (viewer, subscription) => saveDevice(viewer, subscription, (await headers()).get("user-agent")),
  201,
);
