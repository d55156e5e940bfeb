import { NextRequest } from "next/server";
import type { EmailConfig } from "next-auth/providers/email";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/auth/[...nextauth]/route";
import { getAuthOptions } from "@/lib/auth/options";
import { LIMITS } from "@/lib/rate-limit/limits";
import { allowSignInEmail } from "@/lib/rate-limit/sign-in";
import { db } from "@/lib/db";

const BASE = "http://localhost:3000";

function emailProvider(): EmailConfig {
  const provider = getAuthOptions().providers.find((p) => p.id === "email");
  return (provider as unknown as { options: EmailConfig }).options;
}

function postSignInEmail(email: string, ip: string) {
  return POST(
    new NextRequest(`${BASE}/api/auth/signin/email`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
      body: new URLSearchParams({ email, csrfToken: "irrelevant", json: "true" }),
    }),
    { params: Promise.resolve({ nextauth: ["signin", "email"] }) },
  );
}

describe("sign-in by email", () => {
  it("puts a link to the one-button confirmation page in the development mailbox, as HTML and plain text", async () => {
    const url = `${BASE}/api/auth/callback/email?callbackUrl=%2Fhome&token=abc123&email=sam%40example.com`;
    await emailProvider().sendVerificationRequest({
      identifier: "sam@example.com",
      url,
      expires: new Date(),
      provider: emailProvider(),
      token: "abc123",
      theme: {},
    });
    const [email] = await db.outboxEmail.findMany({ where: { to: "sam@example.com" } });
    expect(email?.subject).toBe("Your link to sign in to Kindred");
    // Not next-auth's callback itself: a link scanner opening it must not use the one-time token up.
    const confirm = `${BASE}/signin/confirm?callbackUrl=%2Fhome&token=abc123&email=sam%40example.com`;
    expect(email!.html).toContain(confirm.replaceAll("&", "&amp;"));
    expect(email!.text).toContain(confirm);
    expect(email!.html).not.toContain("/api/auth/callback");
    expect(email!.text).toMatch(/expires in 10 minutes/);
  });

  it("normalises the address people type", () => {
    expect(emailProvider().normalizeIdentifier?.("  Sam@Example.COM ")).toBe("sam@example.com");
    expect(() => emailProvider().normalizeIdentifier?.("sam@example.com, eve@example.com")).toThrow();
  });

  it("answers RateLimited, before any email is made, once one client has asked too often for an address", async () => {
    for (let i = 0; i < LIMITS.signInPerAddressAndClient.limit; i++) await allowSignInEmail("busy@example.com", "192.0.2.200");
    const refused = await postSignInEmail("Busy@example.com", "192.0.2.200");
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { url: string }).url).toBe(`${BASE}/signin?error=RateLimited`);
    expect(await db.verificationToken.count()).toBe(0);
    expect(await db.outboxEmail.count({ where: { to: "busy@example.com" } })).toBe(0);
  });
});

describe("the mailer", () => {
  it("refuses a subject with a line break, which would start a new header", async () => {
    const { getMailer } = await import("@/lib/email/mailer");
    const { createElement } = await import("react");
    await expect(
      getMailer().send({ to: "sam@example.com", subject: "Hi\r\nBcc: all@example.com", react: createElement("p", null, "x") }),
    ).rejects.toMatchObject({
      retryable: false,
    });
    expect(await db.outboxEmail.count({ where: { subject: { contains: "Bcc" } } })).toBe(0);
  });
});
