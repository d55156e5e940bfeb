import "server-only";
import webpush from "web-push";
import type { VapidKeys } from "./vapid";

/** A browser's subscription, as stored in PushDevice. */
type PushTarget = { endpoint: string; p256dh: string; auth: string };

/** What a notification shows. It never carries the words of a check-in, note or reply: only who and what. */
export type PushMessage = { title: string; body: string; url: string; tag: string; badge?: number };

/** The push service refused or failed; `gone` means the subscription no longer exists (404/410). */
export class PushDeliveryError extends Error {
  constructor(
    message: string,
    readonly statusCode: number | null,
    readonly retryable: boolean,
    readonly retryAfterSeconds: number | null = null,
    readonly gone = false,
  ) {
    super(message);
    this.name = "PushDeliveryError";
  }
}

export type Pusher = { send(target: PushTarget, message: PushMessage, options: { topic: string }): Promise<{ id: string }> };

const VAPID_LIFETIME_S = 12 * 60 * 60;

/**
 * Web Push through `web-push`: it encrypts the payload (RFC 8291, aes128gcm)
 * and we send the request with fetch. The VAPID signature is made once per
 * push service origin and reused for most of its 12-hour life, so a batch of
 * thousands signs a handful of tokens, not one each.
 */
export function webPusher(keys: VapidKeys, { ttlSeconds = 4 * 24 * 60 * 60 } = {}): Pusher {
  const signatures = new Map<string, { authorization: string; until: number }>();
  function authorization(endpoint: string): string {
    const audience = new URL(endpoint).origin;
    const now = Math.floor(Date.now() / 1000);
    const cached = signatures.get(audience);
    if (cached && cached.until > now) return cached.authorization;
    const expiresAt = now + VAPID_LIFETIME_S;
    const headers = webpush.getVapidHeaders(audience, keys.subject, keys.publicKey, keys.privateKey, "aes128gcm", expiresAt);
    signatures.set(audience, { authorization: headers.Authorization, until: expiresAt - 60 * 60 });
    return headers.Authorization;
  }

  return {
    async send(target, message, { topic }) {
      const details = webpush.generateRequestDetails(
        { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
        JSON.stringify(message),
        {
          vapidDetails: null as never,
          TTL: ttlSeconds,
          topic,
          urgency: "normal",
          headers: { Authorization: authorization(target.endpoint) },
        },
      );
      let response: Response;
      try {
        response = await fetch(details.endpoint, {
          method: "POST",
          headers: details.headers as Record<string, string>,
          body: details.body as Uint8Array<ArrayBuffer>,
          signal: AbortSignal.timeout(15_000),
        });
      } catch (error) {
        throw new PushDeliveryError(`Push service unreachable: ${error instanceof Error ? error.message : String(error)}`, null, true);
      }
      await response.body?.cancel();
      if (response.ok) return { id: response.headers.get("location") ?? topic };
      const status = response.status;
      if (status === 404 || status === 410) throw new PushDeliveryError(`The subscription is gone (${status})`, status, false, null, true);
      const retryable = status === 429 || status >= 500;
      throw new PushDeliveryError(`Push service answered ${status}`, status, retryable, retryAfter(response.headers.get("retry-after")));
    },
  };
}

/** Retry-After is seconds or an HTTP date. */
function retryAfter(value: string | null): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}
