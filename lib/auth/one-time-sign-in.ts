import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { safeCallbackPath } from "@/lib/auth/callback";
import type { Db } from "@/lib/db";
import { appUrl, env } from "@/lib/env";

type Tx = Pick<Db, "verificationToken">;

/** How long the link minted after a code or a passkey is good for: it is followed at once, by the same browser. */
const HANDOFF_SECONDS = 120;

/** next-auth's hash of an email token (sha256 of the token and the secret), as its adapter stores it. */
export function hashEmailToken(token: string): string {
  return createHash("sha256").update(`${token}${env().NEXTAUTH_SECRET}`).digest("hex");
}

/**
 * The way a code or a passkey becomes a session: a fresh single-use email
 * token for the address, and the address of next-auth's own email callback
 * with it. next-auth then signs the person in exactly as after a link (its
 * session, its cookie, its events), so there is one session system.
 */
export async function mintSignInUrl(tx: Tx, email: string, callbackUrl: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("hex");
  await tx.verificationToken.create({
    data: { identifier: email, token: hashEmailToken(token), expires: new Date(now.getTime() + HANDOFF_SECONDS * 1000) },
  });
  const base = appUrl();
  const params = new URLSearchParams({ callbackUrl: safeCallbackPath(callbackUrl, "/home", new URL(base).origin), token, email });
  return `${base}/api/auth/callback/email?${params}`;
}
