import "server-only";
import { hitRateLimit, type RateLimitRule } from "@/lib/rate-limit";

/** At most this many sign-in emails to one address, and from one client address. */
export const SIGN_IN_LIMITS = {
  perAddress: { limit: 5, windowSeconds: 15 * 60 },
  perIp: { limit: 20, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimitRule>;

export async function allowSignInEmail(email: string, ip: string, now = new Date()): Promise<boolean> {
  const address = email.trim().toLowerCase();
  const [byAddress, byIp] = await Promise.all([
    hitRateLimit(`signin-email:${address}`, SIGN_IN_LIMITS.perAddress, now),
    hitRateLimit(`signin-ip:${ip}`, SIGN_IN_LIMITS.perIp, now),
  ]);
  return byAddress.allowed && byIp.allowed;
}
