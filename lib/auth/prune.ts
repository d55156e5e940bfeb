import "server-only";
import { db } from "@/lib/db";

/**
 * Expired rows are kept a week before they go. They are refused from the
 * moment they expire (getViewer, next-auth, the code and passkey checks), so
 * the week costs nothing; it means a job run as of a moved clock (the e2e
 * suite runs it days ahead) never removes a session or a code still in use.
 */
const KEPT_AFTER_EXPIRY_MS = 7 * 24 * 60 * 60 * 1000;

/** The scheduled clean-up of sign-in leftovers: links, codes, passkey challenges and sessions a week past their expiry. */
export async function pruneExpiredSignIns(now: Date): Promise<number> {
  const before = new Date(now.getTime() - KEPT_AFTER_EXPIRY_MS);
  const results = await db.$transaction([
    db.verificationToken.deleteMany({ where: { expires: { lte: before } } }),
    db.signInCode.deleteMany({ where: { expires: { lte: before } } }),
    db.webAuthnChallenge.deleteMany({ where: { expires: { lte: before } } }),
    db.session.deleteMany({ where: { expires: { lte: before } } }),
  ]);
  return results.reduce((sum, { count }) => sum + count, 0);
}
