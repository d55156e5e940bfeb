import "server-only";
import { db } from "@/lib/db";

/** The scheduled clean-up of sign-in leftovers: links, codes, passkey challenges and sessions past their expiry. */
export async function pruneExpiredSignIns(now: Date): Promise<number> {
  const results = await db.$transaction([
    db.verificationToken.deleteMany({ where: { expires: { lte: now } } }),
    db.signInCode.deleteMany({ where: { expires: { lte: now } } }),
    db.webAuthnChallenge.deleteMany({ where: { expires: { lte: now } } }),
    db.session.deleteMany({ where: { expires: { lte: now } } }),
  ]);
  return results.reduce((sum, { count }) => sum + count, 0);
}
