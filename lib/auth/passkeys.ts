import "server-only";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticatorTransportFuture,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { decodeClientDataJSON } from "@simplewebauthn/server/helpers";
import type { z } from "zod";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { deviceLabel } from "@/lib/devices/user-agent";
import { appUrl } from "@/lib/env";
import { AppError, NotFoundError } from "@/lib/errors";
import { mintSignInUrl } from "./one-time-sign-in";
import type { AuthenticationResponseSchema, RegistrationResponseSchema } from "./passkey-schema";

/** A challenge is good for five minutes and one answer. */
const CHALLENGE_SECONDS = 5 * 60;
const MAX_PASSKEYS = 20;

type Purpose = "register" | "sign-in";

/** The relying party is the app's own host; the origin must match exactly. */
function relyingParty() {
  const url = new URL(appUrl());
  return { rpID: url.hostname, origin: url.origin, rpName: "Kindred" };
}

/** What every response is checked against: its challenge, this site, and user verification where the device has it. */
function expectations(expectedChallenge: string) {
  const { rpID, origin } = relyingParty();
  return { expectedChallenge, expectedOrigin: origin, expectedRPID: rpID, requireUserVerification: false };
}

/** A verification's result when it verified; anything else (a throw included) is `message`, never a 500. */
async function verifiedOr<T extends { verified: boolean }>(check: () => Promise<T>, message: string): Promise<T> {
  const result = await check().catch(() => null);
  if (!result?.verified) throw new AppError(message, "invalid");
  return result;
}

const STALE = "This passkey request has expired or was already used. Please try again.";
const UNREADABLE = "That passkey response could not be read. Please try again.";

/**
 * Takes the challenge a response answers, once: the row is deleted as it is
 * read, so a replayed response finds nothing. Registration challenges only
 * count for the person they were made for.
 */
async function spendChallenge(clientDataJSON: string, purpose: Purpose, userId: string | null, now: Date): Promise<string> {
  let challenge: string;
  try {
    challenge = decodeClientDataJSON(clientDataJSON).challenge;
  } catch {
    throw new AppError(UNREADABLE, "invalid");
  }
  if (typeof challenge !== "string" || challenge.length > 200) throw new AppError(UNREADABLE, "invalid");
  const spent = await db.webAuthnChallenge.deleteMany({ where: { challenge, purpose, userId, expires: { gt: now } } });
  if (spent.count !== 1) throw new AppError(STALE, "invalid");
  return challenge;
}

function challengeExpiry(now: Date): Date {
  return new Date(now.getTime() + CHALLENGE_SECONDS * 1000);
}

/** Options for the browser to create a passkey for the viewer (a discoverable one, so sign-in needs no address). */
export async function passkeyRegistrationOptions(viewer: Viewer, now = new Date()): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const me = assertViewer(viewer);
  const { rpID, rpName } = relyingParty();
  const existing = await db.passkey.findMany({ where: { userId: me.id }, select: { credentialId: true, transports: true } });
  if (existing.length >= MAX_PASSKEYS) throw new AppError(`You can keep ${MAX_PASSKEYS} passkeys. Remove one first.`, "conflict");
  const options = await generateRegistrationOptions({
    rpName,
    rpID,
    userName: me.email,
    userDisplayName: me.name ?? me.email,
    userID: new TextEncoder().encode(me.id),
    attestationType: "none",
    timeout: CHALLENGE_SECONDS * 1000,
    excludeCredentials: existing.map((key) => ({ id: key.credentialId, transports: key.transports as AuthenticatorTransportFuture[] })),
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
    // Asks for a PRF secret with the passkey, where the authenticator has one: it can then unlock encrypted notes (lib/vault).
    extensions: { prf: {} } as AuthenticationExtensionsClientInputs,
  });
  await db.webAuthnChallenge.create({
    data: { challenge: options.challenge, purpose: "register", userId: me.id, expires: challengeExpiry(now) },
  });
  return options;
}

/** Checks the browser's new passkey against its challenge and keeps it, named after the device it was made on. */
export async function registerPasskey(
  viewer: Viewer,
  response: z.infer<typeof RegistrationResponseSchema>,
  userAgent: string | null,
  now = new Date(),
): Promise<{ id: string; name: string }> {
  const me = assertViewer(viewer);
  const challenge = await spendChallenge(response.response.clientDataJSON, "register", me.id, now);
  const verification = await verifiedOr(
    () => verifyRegistrationResponse({ response: response as never, ...expectations(challenge) }),
    UNREADABLE,
  );
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo!;
  const taken = await db.passkey.findUnique({ where: { credentialId: credential.id }, select: { id: true } });
  if (taken) throw new AppError("That passkey is already registered.", "conflict");
  return db.passkey.create({
    data: {
      userId: me.id,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey),
      counter: credential.counter,
      transports: credential.transports ?? [],
      deviceType: credentialDeviceType,
      backedUp: credentialBackedUp,
      name: deviceLabel(userAgent),
      createdAt: now,
    },
    select: { id: true, name: true },
  });
}

/** Options for signing in with any passkey this site knows (the browser offers the person's own; no address needed). */
export async function passkeySignInOptions(now = new Date()): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const { rpID } = relyingParty();
  const options = await generateAuthenticationOptions({ rpID, userVerification: "preferred", timeout: CHALLENGE_SECONDS * 1000 });
  await db.webAuthnChallenge.create({
    data: { challenge: options.challenge, purpose: "sign-in", userId: null, expires: challengeExpiry(now) },
  });
  return options;
}

/**
 * Checks a passkey's answer to a sign-in challenge; on success, the address
 * that completes sign-in through next-auth (as a code does). A passkey whose
 * account was deleted is gone with it and signs no one in.
 */
export async function signInWithPasskey(
  response: z.infer<typeof AuthenticationResponseSchema>,
  callbackUrl: string | undefined,
  now = new Date(),
): Promise<{ url: string }> {
  const challenge = await spendChallenge(response.response.clientDataJSON, "sign-in", null, now);
  const passkey = await db.passkey.findUnique({ where: { credentialId: response.id }, include: { user: { select: { email: true } } } });
  if (!passkey) {
    throw new AppError("Kindred doesn't know this passkey (it may have been removed). Sign in with your email instead.", "invalid");
  }
  const credential = {
    id: passkey.credentialId,
    publicKey: new Uint8Array(passkey.publicKey),
    counter: Number(passkey.counter),
    transports: passkey.transports as AuthenticatorTransportFuture[],
  };
  const verification = await verifiedOr(
    () => verifyAuthenticationResponse({ response: response as never, credential, ...expectations(challenge) }),
    "That passkey could not be checked. Please try again.",
  );
  return db.$transaction(async (tx) => {
    await tx.passkey.update({
      where: { id: passkey.id },
      data: {
        counter: verification.authenticationInfo.newCounter,
        lastUsedAt: now,
        backedUp: verification.authenticationInfo.credentialBackedUp,
      },
    });
    return { url: await mintSignInUrl(tx, passkey.user.email, callbackUrl ?? "/home", now) };
  });
}

export type PasskeySummary = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null; synced: boolean };

/** The viewer's passkeys, newest first. */
export async function listPasskeys(viewer: Viewer): Promise<PasskeySummary[]> {
  const me = assertViewer(viewer);
  const keys = await db.passkey.findMany({
    where: { userId: me.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, backedUp: true },
  });
  return keys.map(({ backedUp, ...key }) => ({ ...key, synced: backedUp }));
}

export async function renamePasskey(viewer: Viewer, passkeyId: string, name: string): Promise<void> {
  const me = assertViewer(viewer);
  const { count } = await db.passkey.updateMany({ where: { id: passkeyId, userId: me.id }, data: { name } });
  if (count === 0) throw new NotFoundError("That passkey is no longer here.");
}

/** Removes a passkey from Kindred (the device may still list it; it will no longer sign anyone in). */
export async function removePasskey(viewer: Viewer, passkeyId: string): Promise<void> {
  const me = assertViewer(viewer);
  const { count } = await db.passkey.deleteMany({ where: { id: passkeyId, userId: me.id } });
  if (count === 0) throw new NotFoundError("That passkey is no longer here.");
}

/** A sign-in is "fresh" for a day: long enough to find the offer on the first visit home. */
const FRESH_SIGN_IN_MS = 24 * 60 * 60 * 1000;

/**
 * Whether home offers a passkey: this browser's session began within the day
 * and the person has none. One small statement, run only for home.
 */
export async function offerPasskey(viewer: Viewer, sessionToken: string | undefined, now = new Date()): Promise<boolean> {
  const me = assertViewer(viewer);
  if (!sessionToken) return false;
  const [row] = await db.$queryRaw<{ offer: boolean }[]>`
    SELECT s."createdAt" > ${new Date(now.getTime() - FRESH_SIGN_IN_MS)} AND NOT EXISTS (SELECT 1 FROM "Passkey" p WHERE p."userId" = s."userId") AS offer
    FROM "Session" s WHERE s."sessionToken" = ${sessionToken} AND s."userId" = ${me.id}`;
  return row?.offer ?? false;
}
