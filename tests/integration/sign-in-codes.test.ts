import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import type { Adapter } from "next-auth/adapters";
import type { EmailConfig } from "next-auth/providers/email";
import { describe, expect, it } from "vitest";
import { POST as postCode } from "@/app/api/sign-in/code/route";
import { getAuthOptions } from "@/lib/auth/options";
import { hashEmailToken } from "@/lib/auth/one-time-sign-in";
import { SIGN_IN_MINUTES } from "@/lib/auth/sign-in-code";
import { redeemSignInCode, SIGN_IN_REQUEST_COOKIE, withSignInRequest } from "@/lib/auth/sign-in-codes";
import { db } from "@/lib/db";
import { mailTo } from "../support/integration";

const BASE = "http://localhost:3000";

function emailProvider(): EmailConfig {
  const provider = getAuthOptions().providers.find((p) => p.id === "email");
  return (provider as unknown as { options: EmailConfig }).options;
}

/**
 * What next-auth does for "email me a link", inside the request the route
 * named: a token (stored hashed) and the email with its link and code.
 */
async function requestSignIn(email: string, requestId = randomBytes(8).toString("hex"), now = new Date()) {
  const token = randomBytes(32).toString("hex");
  const expires = new Date(now.getTime() + SIGN_IN_MINUTES * 60_000);
  await getAuthOptions().adapter!.createVerificationToken!({ identifier: email, token: hashEmailToken(token), expires });
  const url = `${BASE}/api/auth/callback/email?${new URLSearchParams({ callbackUrl: `${BASE}/notes`, token, email })}`;
  await withSignInRequest(requestId, () =>
    emailProvider().sendVerificationRequest({ identifier: email, url, expires, provider: emailProvider(), token, theme: {} }),
  );
  const [message] = (await mailTo(email)).slice(-1);
  const code = /your code is (\d{6})/.exec(message!.subject)![1]!;
  return { token, requestId, code, message: message! };
}

/** next-auth's callback spending a link, as it does: the adapter's useVerificationToken. */
function followLink(email: string, token: string) {
  return (getAuthOptions().adapter as Adapter).useVerificationToken!({ identifier: email, token: hashEmailToken(token) });
}

function otherCode(code: string) {
  return String((Number(code) + 1) % 1_000_000).padStart(6, "0");
}

describe("the code in the sign-in email", () => {
  it("travels beside the link, in the subject and the body, and is stored only as a keyed hash", async () => {
    const { code, message, requestId } = await requestSignIn("sam@example.com");
    expect(message.subject).toBe(`Sign in to Kindred: your code is ${code}`);
    expect(message.text).toContain(code);
    expect(message.text).toContain("/signin/confirm?");
    const row = await db.signInCode.findUniqueOrThrow({ where: { requestId } });
    expect(JSON.stringify(row)).not.toContain(code);
    expect(row.expires.getTime() - Date.now()).toBeLessThanOrEqual(SIGN_IN_MINUTES * 60_000);
  });

  it("signs in once: the right code spends the link, and neither works again", async () => {
    const { code, requestId, token } = await requestSignIn("kim@example.com");
    const result = await redeemSignInCode({ requestId, email: "kim@example.com", code });
    expect(result.ok).toBe(true);
    const url = new URL((result as { url: string }).url);
    expect(url.pathname).toBe("/api/auth/callback/email");
    expect(url.searchParams.get("callbackUrl")).toBe("/notes");
    expect(url.searchParams.get("email")).toBe("kim@example.com");
    // The handoff token is a fresh one, stored hashed, short-lived.
    const handoff = await db.verificationToken.findUniqueOrThrow({ where: { token: hashEmailToken(url.searchParams.get("token")!) } });
    expect(handoff.expires.getTime() - Date.now()).toBeLessThanOrEqual(120_000);
    expect(await followLink("kim@example.com", token)).toBeNull();
    expect(await redeemSignInCode({ requestId, email: "kim@example.com", code })).toMatchObject({ ok: false, reason: "used" });
  });

  it("is refused once the link has been used", async () => {
    const { code, requestId, token } = await requestSignIn("lee@example.com");
    expect(await followLink("lee@example.com", token)).not.toBeNull();
    expect(await redeemSignInCode({ requestId, email: "lee@example.com", code })).toMatchObject({ ok: false, reason: "used" });
  });

  it("allows five tries: four wrong ones count down, the fifth wrong one voids it, and then even the right code fails", async () => {
    const { code, requestId, token } = await requestSignIn("ana@example.com");
    const wrong = otherCode(code);
    const left = [];
    for (let i = 0; i < 5; i++) left.push(await redeemSignInCode({ requestId, email: "ana@example.com", code: wrong }));
    expect(left.map((r) => (r.ok ? "ok" : `${r.reason}:${r.attemptsLeft}`))).toEqual([
      "wrong:4",
      "wrong:3",
      "wrong:2",
      "wrong:1",
      "void:0",
    ]);
    expect(await redeemSignInCode({ requestId, email: "ana@example.com", code })).toMatchObject({ ok: false });
    // The link itself still works: the guesses were this browser's own.
    expect(await followLink("ana@example.com", token)).not.toBeNull();
  });

  it("counts parallel guesses too: twenty at once leave no try for the right code", async () => {
    const { code, requestId } = await requestSignIn("par@example.com");
    const wrong = otherCode(code);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => redeemSignInCode({ requestId, email: "par@example.com", code: wrong })),
    );
    expect(results.filter((r) => !r.ok && r.reason === "wrong")).toHaveLength(4);
    expect(await redeemSignInCode({ requestId, email: "par@example.com", code })).toMatchObject({ ok: false });
  });

  it("is refused after ten minutes", async () => {
    const now = new Date();
    const { code, requestId } = await requestSignIn("old@example.com", undefined, now);
    const later = new Date(now.getTime() + SIGN_IN_MINUTES * 60_000 + 1000);
    expect(await redeemSignInCode({ requestId, email: "old@example.com", code }, later)).toMatchObject({ ok: false, reason: "expired" });
  });

  it("works only for the address and the request it was sent for", async () => {
    const { code, requestId } = await requestSignIn("own@example.com");
    await requestSignIn("eve@example.com");
    expect(await redeemSignInCode({ requestId, email: "eve@example.com", code })).toMatchObject({ ok: false, reason: "unknown" });
    expect(await redeemSignInCode({ requestId: "someone-else", email: "own@example.com", code })).toMatchObject({
      ok: false,
      reason: "unknown",
    });
    expect(await redeemSignInCode({ requestId, email: "own@example.com", code: "12345" })).toMatchObject({
      ok: false,
      reason: "malformed",
    });
    expect(await redeemSignInCode({ requestId, email: "own@example.com", code })).toMatchObject({ ok: true });
  });

  it("races the link fairly: used at the same moment, exactly one of link and code signs in", async () => {
    for (let round = 0; round < 10; round++) {
      const email = `race${round}@example.com`;
      const { code, requestId, token } = await requestSignIn(email);
      const [link, typed] = await Promise.all([followLink(email, token), redeemSignInCode({ requestId, email, code })]);
      expect([link !== null, typed.ok].filter(Boolean)).toHaveLength(1);
    }
  });
});

describe("the code form's route", () => {
  function submit(fields: Record<string, string>, cookie?: string) {
    return postCode(
      new NextRequest(`${BASE}/api/sign-in/code`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: BASE,
          "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 200)}`,
          ...(cookie ? { cookie: `${SIGN_IN_REQUEST_COOKIE}=${cookie}` } : {}),
        },
        body: new URLSearchParams(fields),
      }),
    );
  }

  it("goes on to next-auth's callback with a right code, and back to the form with a reason otherwise; never a 500", async () => {
    const { code, requestId } = await requestSignIn("form@example.com");
    const wrong = await submit({ email: "Form@Example.com", code: otherCode(code) }, requestId);
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get("location")).toBe(`${BASE}/signin/check-email?email=form%40example.com&error=wrong&left=4`);
    const noCookie = await submit({ email: "form@example.com", code });
    expect(noCookie.headers.get("location")).toContain("error=unknown");
    const garbage = await submit({ email: "x".repeat(400), code: "<script>" }, requestId);
    expect(garbage.status).toBe(303);
    expect(garbage.headers.get("location")).toContain("error=malformed");
    const right = await submit({ email: "form@example.com", code: `${code.slice(0, 3)} ${code.slice(3)}` }, requestId);
    expect(right.status).toBe(303);
    expect(right.headers.get("location")).toMatch(/^http:\/\/localhost:3000\/api\/auth\/callback\/email\?/);
  });

  it("refuses a post from another site", async () => {
    const response = await postCode(
      new NextRequest(`${BASE}/api/sign-in/code`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
        body: new URLSearchParams({ email: "a@example.com", code: "123456" }),
      }),
    );
    expect(response.status).toBe(403);
  });
});
