import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hashEmailToken, mintSignInUrl } from "./one-time-sign-in";
import {
  type CodeRefusal,
  generateSignInCode,
  hashSignInCode,
  judgeCodeAttempt,
  normalizeSignInCode,
  signInCodeMatches,
  signInExpiry,
} from "./sign-in-code";

/** The cookie that ties a code to the browser that asked for it (httpOnly; it only names the request). */
export const SIGN_IN_REQUEST_COOKIE = "kindred-sign-in-request";

export function newSignInRequestId(): string {
  return randomBytes(24).toString("base64url");
}

/**
 * next-auth calls sendVerificationRequest without the request that asked, so
 * the route that receives the request names it here for the email's code.
 */
const currentRequest = new AsyncLocalStorage<string>();

export function withSignInRequest<T>(requestId: string, run: () => T): T {
  return currentRequest.run(requestId, run);
}

function secret(): string {
  return env().NEXTAUTH_SECRET!;
}

/**
 * Makes the code for the link next-auth is sending (`token`, unhashed, as it
 * gives it to sendVerificationRequest). Null outside a sign-in request (a
 * script sending a link): a code is always bound to a browser's request.
 */
export async function createSignInCode(
  input: { email: string; token: string; callbackUrl: string },
  now = new Date(),
): Promise<string | null> {
  const requestId = currentRequest.getStore();
  if (!requestId) return null;
  const code = generateSignInCode();
  await db.signInCode.create({
    data: {
      requestId,
      email: input.email,
      codeHash: hashSignInCode(code, { email: input.email, requestId }, secret()),
      token: hashEmailToken(input.token),
      callbackUrl: input.callbackUrl,
      expires: signInExpiry(now),
    },
  });
  return code;
}

export type CodeResult = { ok: true; url: string } | { ok: false; reason: CodeRefusal | "malformed"; attemptsLeft: number };

type CodeRow = { attempts: number; expires: Date; codeHash: string; token: string; callbackUrl: string };

/**
 * One try at the code the browser's request (`requestId`) was sent for
 * `email`. The try is counted before anything is compared, in one statement,
 * so parallel guesses cannot pass the cap. A right code spends the link with
 * it (deleting its token: whichever of link and code comes first wins, the
 * other finds nothing) and returns the address that completes sign-in.
 */
export async function redeemSignInCode(input: { requestId: string; email: string; code: string }, now = new Date()): Promise<CodeResult> {
  const code = normalizeSignInCode(input.code);
  if (!code) return { ok: false, reason: "malformed", attemptsLeft: -1 };
  const [row] = await db.$queryRaw<CodeRow[]>`
    UPDATE "SignInCode" SET attempts = attempts + 1
    WHERE "requestId" = ${input.requestId} AND email = ${input.email}
    RETURNING attempts, expires, "codeHash", token, "callbackUrl"`;
  if (!row) return { ok: false, reason: "unknown", attemptsLeft: 0 };
  const binding = { email: input.email, requestId: input.requestId };
  const verdict = judgeCodeAttempt(
    { attemptsBefore: row.attempts - 1, expires: row.expires, matches: signInCodeMatches(code, row.codeHash, binding, secret()) },
    now,
  );
  if (!verdict.ok) {
    if (verdict.reason !== "wrong") await db.signInCode.deleteMany({ where: { requestId: input.requestId } });
    return verdict;
  }
  // The code row stays until it expires: typed again, it finds its link spent and says so.
  const spent = await db.$transaction(async (tx) => {
    const [link] = await tx.$queryRaw<{ expires: Date }[]>`
      DELETE FROM "VerificationToken" WHERE identifier = ${input.email} AND token = ${row.token} RETURNING expires`;
    if (!link) return { ok: false, reason: "used" } as const;
    if (link.expires <= now) return { ok: false, reason: "expired" } as const;
    return { ok: true, url: await mintSignInUrl(tx, input.email, row.callbackUrl, now) } as const;
  });
  return spent.ok ? spent : { ...spent, attemptsLeft: 0 };
}
