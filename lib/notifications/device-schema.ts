import { z } from "zod";

/**
 * Where Web Push subscriptions may point: the browsers' push services. The
 * server POSTs to a subscription's endpoint, so an arbitrary address would let
 * anyone make Kindred call into its own network. Local testing (a development
 * server, or a production build with the development mailbox) also accepts a
 * fake push service on this machine.
 */
const PUSH_SERVICE_HOSTS = [
  "fcm.googleapis.com",
  "android.googleapis.com",
  "updates.push.services.mozilla.com",
  "push.services.mozilla.com",
  "web.push.apple.com",
  "notify.windows.com",
];

export function isPushServiceUrl(value: string, { allowLoopback }: { allowLoopback: boolean }): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (allowLoopback && url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) return true;
  if (url.protocol !== "https:" || url.port !== "" || url.username || url.password) return false;
  return PUSH_SERVICE_HOSTS.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`));
}

const base64url = (name: string, bytes: number) =>
  z
    .string({ error: `${name} is missing` })
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, `${name} must be base64url`)
    .refine((value) => Buffer.from(value, "base64url").length === bytes, `${name} must be ${bytes} bytes`);

/** PushSubscription.toJSON(), as the browser gives it. */
export const PushSubscriptionSchema = z.object({
  endpoint: z.string().max(1000, "The endpoint is too long").url("The endpoint must be a URL"),
  keys: z.object({ p256dh: base64url("p256dh", 65), auth: base64url("auth", 16) }),
});

export const DeviceIdSchema = z.object({ deviceId: z.string().min(1).max(40) });
