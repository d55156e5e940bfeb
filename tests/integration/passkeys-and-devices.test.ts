import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/account/service";
import {
  listPasskeys,
  offerPasskey,
  passkeyRegistrationOptions,
  passkeySignInOptions,
  registerPasskey,
  removePasskey,
  renamePasskey,
  signInWithPasskey,
} from "@/lib/auth/passkeys";
import { AuthenticationResponseSchema, RegistrationResponseSchema } from "@/lib/auth/passkey-schema";
import { pruneExpiredSignIns } from "@/lib/auth/prune";
import { listSignedInDevices, signOutDevice, signOutOtherDevices } from "@/lib/auth/signed-in-devices";
import { db } from "@/lib/db";
import { factories } from "../support/factories";
import { createPerson, viewerFor } from "../support/integration";

const b64 = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/** A browser's answer to `challenge`, well formed but signed by nobody. */
function clientData(challenge: string, type: string) {
  return b64(JSON.stringify({ type, challenge, origin: "http://localhost:3000" }));
}

function registrationAnswer(challenge: string) {
  return RegistrationResponseSchema.parse({
    id: b64(randomBytes(16)),
    rawId: b64(randomBytes(16)),
    type: "public-key",
    response: { clientDataJSON: clientData(challenge, "webauthn.create"), attestationObject: b64("not cbor") },
  });
}

function signInAnswer(challenge: string, credentialId = b64(randomBytes(16))) {
  return AuthenticationResponseSchema.parse({
    id: credentialId,
    rawId: credentialId,
    type: "public-key",
    response: { clientDataJSON: clientData(challenge, "webauthn.get"), authenticatorData: b64("x"), signature: b64("y") },
  });
}

async function storedPasskey(userId: string, name = "Safari on iPhone") {
  return db.passkey.create({
    data: { userId, credentialId: b64(randomBytes(16)), publicKey: randomBytes(77), deviceType: "multiDevice", backedUp: true, name },
  });
}

describe("passkey challenges", () => {
  it("are kept for five minutes, for the person registering, and offer no passkey they already hold", async () => {
    const person = await createPerson("Pia");
    const viewer = await viewerFor(person.id);
    const held = await storedPasskey(person.id);
    const now = new Date();
    const options = await passkeyRegistrationOptions(viewer, now);
    expect(options.rp).toEqual({ id: "localhost", name: "Kindred" });
    expect(options.authenticatorSelection).toMatchObject({ residentKey: "required", userVerification: "preferred" });
    expect(options.excludeCredentials?.map((c) => c.id)).toEqual([held.credentialId]);
    const row = await db.webAuthnChallenge.findUniqueOrThrow({ where: { challenge: options.challenge } });
    expect(row).toMatchObject({ purpose: "register", userId: person.id });
    expect(row.expires.getTime() - now.getTime()).toBe(5 * 60 * 1000);
  });

  it("answer once: a replayed, expired, foreign or unknown challenge signs in no one and registers nothing", async () => {
    const person = await createPerson("Quin");
    const other = await createPerson("Rae");
    const viewer = await viewerFor(person.id);
    const now = new Date();

    // Someone else's registration challenge.
    const foreign = await passkeyRegistrationOptions(await viewerFor(other.id), now);
    await expect(registerPasskey(viewer, registrationAnswer(foreign.challenge), null, now)).rejects.toMatchObject({ code: "invalid" });

    // A malformed answer to a real challenge is refused as such, and the challenge is spent.
    const mine = await passkeyRegistrationOptions(viewer, now);
    await expect(registerPasskey(viewer, registrationAnswer(mine.challenge), null, now)).rejects.toMatchObject({
      code: "invalid",
      message: expect.stringMatching(/could not be read/),
    });
    await expect(registerPasskey(viewer, registrationAnswer(mine.challenge), null, now)).rejects.toMatchObject({
      message: expect.stringMatching(/expired or was already used/),
    });

    // Sign-in: expired, then replayed.
    const stale = await passkeySignInOptions(now);
    const later = new Date(now.getTime() + 5 * 60 * 1000 + 1);
    await expect(signInWithPasskey(signInAnswer(stale.challenge), "/home", later)).rejects.toMatchObject({ code: "invalid" });
    const fresh = await passkeySignInOptions(now);
    await expect(signInWithPasskey(signInAnswer(fresh.challenge), "/home", now)).rejects.toMatchObject({
      message: expect.stringMatching(/doesn't know this passkey/),
    });
    await expect(signInWithPasskey(signInAnswer(fresh.challenge), "/home", now)).rejects.toMatchObject({
      message: expect.stringMatching(/expired or was already used/),
    });
    // A registration challenge cannot be used to sign in.
    const registration = await passkeyRegistrationOptions(viewer, now);
    await expect(signInWithPasskey(signInAnswer(registration.challenge), "/home", now)).rejects.toMatchObject({ code: "invalid" });
    expect(await db.passkey.count({ where: { userId: person.id } })).toBe(0);
    expect(await db.verificationToken.count()).toBe(0);
  });

  it("refuse a clientDataJSON that is not JSON, without a 500", async () => {
    const answer = signInAnswer("whatever");
    answer.response.clientDataJSON = b64("{not json");
    await expect(signInWithPasskey(answer, "/home")).rejects.toMatchObject({
      code: "invalid",
      message: expect.stringMatching(/could not be read/),
    });
  });
});

describe("a person's passkeys", () => {
  it("are listed newest first, renamed and removed by their owner only", async () => {
    const owner = await createPerson("Sol");
    const stranger = await viewerFor((await createPerson("Tam")).id);
    const viewer = await viewerFor(owner.id);
    const first = await storedPasskey(owner.id, "Chrome on Android");
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await storedPasskey(owner.id, "Safari on iPhone");
    expect((await listPasskeys(viewer)).map((key) => [key.name, key.synced])).toEqual([
      ["Safari on iPhone", true],
      ["Chrome on Android", true],
    ]);
    await expect(renamePasskey(stranger, first.id, "Mine now")).rejects.toMatchObject({ code: "not_found" });
    await expect(removePasskey(stranger, first.id)).rejects.toMatchObject({ code: "not_found" });
    await renamePasskey(viewer, first.id, "Sol's phone");
    await removePasskey(viewer, second.id);
    expect((await listPasskeys(viewer)).map((key) => key.name)).toEqual(["Sol's phone"]);
    expect(await listPasskeys(stranger)).toEqual([]);
  });

  it("go with the account: deleting it removes every passkey and challenge, and the passkey then signs in no one", async () => {
    const person = await createPerson("Uma");
    const viewer = await viewerFor(person.id);
    const key = await storedPasskey(person.id);
    await passkeyRegistrationOptions(viewer);
    await deleteAccount(viewer, person.email);
    expect(await db.passkey.count({ where: { userId: person.id } })).toBe(0);
    expect(await db.webAuthnChallenge.count({ where: { userId: person.id } })).toBe(0);
    const options = await passkeySignInOptions();
    await expect(signInWithPasskey(signInAnswer(options.challenge, key.credentialId), "/home")).rejects.toMatchObject({ code: "invalid" });
  });

  it("are offered on home just after signing in, to someone without one", async () => {
    const person = await createPerson("Val");
    const viewer = await viewerFor(person.id);
    const now = new Date();
    const token = await factories(db).session(person.id, { now });
    expect(await offerPasskey(viewer, token, now)).toBe(true);
    expect(await offerPasskey(viewer, token, new Date(now.getTime() + 25 * 60 * 60 * 1000))).toBe(false);
    expect(await offerPasskey(await viewerFor((await createPerson("Wes")).id), token, now)).toBe(false);
    await storedPasskey(person.id);
    expect(await offerPasskey(viewer, token, now)).toBe(false);
  });
});

describe("signed-in devices", () => {
  async function sessionOn(userId: string, userAgent: string, lastSeenAt: Date) {
    const token = await factories(db).session(userId, { hours: 90 * 24 });
    await db.session.update({ where: { sessionToken: token }, data: { userAgent, lastSeenAt } });
    return token;
  }
  const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";
  const ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36";
  const MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15";

  it("lists this device first, then by last use, with no session token, and signs one out or all the others", async () => {
    const person = await createPerson("Xia");
    const viewer = await viewerFor(person.id);
    const partnerish = await viewerFor((await createPerson("Yul")).id);
    const now = new Date();
    const here = await sessionOn(person.id, IPHONE, new Date(now.getTime() - 3 * 3_600_000));
    await sessionOn(person.id, ANDROID, new Date(now.getTime() - 60_000));
    await sessionOn(person.id, MAC, new Date(now.getTime() - 86_400_000));
    const devices = await listSignedInDevices(viewer, here, now);
    expect(devices.map((d) => [d.label, d.current])).toEqual([
      ["Safari on iPhone", true],
      ["Chrome on Android", false],
      ["Safari on macOS", false],
    ]);
    expect(JSON.stringify(devices)).not.toContain(here);

    await expect(signOutDevice(partnerish, devices[1]!.id, undefined)).rejects.toMatchObject({ code: "not_found" });
    await expect(signOutDevice(viewer, devices[0]!.id, here)).rejects.toMatchObject({ code: "not_found" });
    await signOutDevice(viewer, devices[1]!.id, here);
    expect((await listSignedInDevices(viewer, here, now)).map((d) => d.label)).toEqual(["Safari on iPhone", "Safari on macOS"]);
    expect(await signOutOtherDevices(partnerish, "not-a-session")).toBe(0);
    expect(await signOutOtherDevices(viewer, here)).toBe(1);
    expect((await listSignedInDevices(viewer, here, now)).map((d) => d.label)).toEqual(["Safari on iPhone"]);
  });

  it("leave out sessions that have expired, which the scheduled clean-up removes a week later with old codes and challenges", async () => {
    const person = await createPerson("Zed");
    const viewer = await viewerFor(person.id);
    const now = new Date();
    await factories(db).session(person.id, { now: new Date(now.getTime() - 2 * 3_600_000), hours: 1 });
    const { challenge } = await passkeySignInOptions(new Date(now.getTime() - 10 * 60_000));
    expect(await listSignedInDevices(viewer, undefined, now)).toEqual([]);
    // A run as of today (or days ahead, as the e2e suite runs it) leaves them; a week on they go.
    await pruneExpiredSignIns(new Date(now.getTime() + 6 * 86_400_000));
    expect(await db.session.count({ where: { userId: person.id } })).toBe(1);
    expect(await db.webAuthnChallenge.count({ where: { challenge } })).toBe(1);
    expect(await pruneExpiredSignIns(new Date(now.getTime() + 7 * 86_400_000))).toBeGreaterThanOrEqual(2);
    expect(await db.session.count({ where: { userId: person.id } })).toBe(0);
    expect(await db.webAuthnChallenge.count({ where: { challenge } })).toBe(0);
  });
});
