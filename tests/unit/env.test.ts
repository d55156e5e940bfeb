import { describe, expect, it } from "vitest";
import { InvalidEnvError, parseEnv, usesDevMailbox } from "@/lib/env";

const DEV = { NODE_ENV: "development", DATABASE_URL: "postgresql://kindred@localhost/kindred" };
const PROD = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://kindred@db/kindred",
  NEXTAUTH_URL: "https://kindred.example",
  NEXTAUTH_SECRET: "x".repeat(32),
  RESEND_API_KEY: "re_test",
  EMAIL_FROM: "Kindred <hello@kindred.example>",
};

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    if (error instanceof InvalidEnvError) return error.problems;
    throw error;
  }
}

describe("environment", () => {
  it("needs nothing but a database in development, and uses the mailbox", () => {
    const env = parseEnv(DEV);
    expect(usesDevMailbox(env)).toBe(true);
  });

  it("names a missing DATABASE_URL", () => {
    expect(problemsOf({ NODE_ENV: "development" }).join("\n")).toMatch(/DATABASE_URL/);
  });

  it("names a malformed DATABASE_URL", () => {
    expect(problemsOf({ ...DEV, DATABASE_URL: "mysql://x" })).toEqual([expect.stringMatching(/^DATABASE_URL.*postgresql/)]);
  });

  it("names every production variable that is missing", () => {
    const problems = problemsOf({ NODE_ENV: "production", DATABASE_URL: PROD.DATABASE_URL }).join("\n");
    expect(problems).toMatch(/NEXTAUTH_SECRET/);
    expect(problems).toMatch(/NEXTAUTH_URL/);
    expect(problems).toMatch(/RESEND_API_KEY/);
  });

  it("accepts a complete production configuration and sends through Resend", () => {
    expect(usesDevMailbox(parseEnv(PROD))).toBe(false);
  });

  it("rejects a short NEXTAUTH_SECRET and a Resend key without a sender", () => {
    const problems = problemsOf({ ...PROD, NEXTAUTH_SECRET: "short", EMAIL_FROM: undefined }).join("\n");
    expect(problems).toMatch(/NEXTAUTH_SECRET must be at least 32/);
    expect(problems).toMatch(/EMAIL_FROM is required/);
  });

  it("keeps email in the mailbox in a production build only when explicitly asked", () => {
    const local = {
      ...PROD,
      NEXTAUTH_URL: "http://localhost:3100",
      RESEND_API_KEY: undefined,
      EMAIL_FROM: undefined,
      KINDRED_DEV_MAILBOX: "1",
    };
    expect(usesDevMailbox(parseEnv(local))).toBe(true);
  });

  it("refuses the development mailbox on a real deployment: it would publish every sign-in link", () => {
    const published = { ...PROD, RESEND_API_KEY: undefined, EMAIL_FROM: undefined, KINDRED_DEV_MAILBOX: "1" };
    expect(problemsOf(published).join("\n")).toMatch(/KINDRED_DEV_MAILBOX=1 publishes every sign-in link/);
  });

  it("reads which proxy to trust for client addresses: none by default, Vercel on Vercel, or a number of hops", () => {
    expect(parseEnv(DEV).TRUST_PROXY).toBe(0);
    expect(parseEnv({ ...DEV, VERCEL: "1" }).TRUST_PROXY).toBe("vercel");
    expect(parseEnv({ ...DEV, TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(problemsOf({ ...DEV, TRUST_PROXY: "yes" }).join("\n")).toMatch(/TRUST_PROXY must be/);
  });

  it("takes Web Push keys all together or not at all, and names a malformed one", () => {
    const keys = {
      VAPID_PUBLIC_KEY: `B${"a".repeat(86)}`,
      VAPID_PRIVATE_KEY: "b".repeat(43),
      VAPID_SUBJECT: "mailto:hello@kindred.example",
    };
    expect(problemsOf({ ...PROD, ...keys })).toEqual([]);
    expect(problemsOf(PROD)).toEqual([]); // none: email only
    expect(problemsOf({ ...PROD, VAPID_PUBLIC_KEY: keys.VAPID_PUBLIC_KEY }).join("\n")).toMatch(/VAPID_SUBJECT go together: set all three/);
    expect(problemsOf({ ...PROD, ...keys, VAPID_PRIVATE_KEY: "short" }).join("\n")).toMatch(
      /VAPID_PRIVATE_KEY must be a P-256 private key/,
    );
    expect(problemsOf({ ...PROD, ...keys, VAPID_SUBJECT: "hello@kindred.example" }).join("\n")).toMatch(/VAPID_SUBJECT must be a mailto:/);
  });
});
