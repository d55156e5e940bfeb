import "server-only";
import { canonicalEmail } from "@/lib/email/address";
import { hitRateLimits } from "./counter";
import { LIMITS } from "./limits";

/**
 * Whether another sign-in email may go to `email` for a request from `client`.
 * The per-address count is kept per client, so requests from somewhere else
 * never stop the owner of an address from getting a link; one client cannot
 * flood one inbox or many.
 */
export async function allowSignInEmail(email: string, client: string | null, now = new Date()): Promise<boolean> {
  const address = canonicalEmail(email);
  const { allowed } = await hitRateLimits(
    client
      ? [
          [`signin:${address}|${client}`, LIMITS.signInPerAddressAndClient],
          [`signin-client:${client}`, LIMITS.signInPerClient],
        ]
      : [[`signin:${address}`, LIMITS.signInPerAddress]],
    now,
  );
  return allowed;
}

/** Whether a client may make another sign-in attempt of `kind` (a code typed, a passkey used); always when the client is not known. */
export async function allowSignInAttempt(kind: "code" | "passkey", client: string | null, now = new Date()): Promise<boolean> {
  if (!client) return true;
  const rule = kind === "code" ? LIMITS.signInCodeTriesPerClient : LIMITS.passkeySignInsPerClient;
  const { allowed } = await hitRateLimits([[`signin-${kind}:${client}`, rule]], now);
  return allowed;
}
