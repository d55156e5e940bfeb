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
