import { spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { E2E_PORT } from "./config";

let prisma: PrismaClient | undefined;

/** The database behind the app under test, for seeding and checking. */
export function testDb(): PrismaClient {
  const connectionString = process.env.E2E_DATABASE_URL;
  if (!connectionString) throw new Error("E2E_DATABASE_URL is not set: run the specs through playwright.config.ts");
  prisma ??= new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  return prisma;
}

export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.com`;
}

/** Runs `npm run jobs:run -- --now <instant>` against the app under test, as its scheduler would. */
export function runEmailJob(now: Date): { sent: number; planned: number } {
  const result = spawnSync(
    "npx",
    ["tsx", "--import", "./scripts/lib/allow-server-only.mjs", "scripts/run-jobs.ts", "--now", now.toISOString()],
    {
      encoding: "utf8",
      env: {
        ...process.env,
        NODE_ENV: "development",
        DATABASE_URL: process.env.E2E_DATABASE_URL,
        NEXTAUTH_SECRET: process.env.E2E_NEXTAUTH_SECRET,
        NEXTAUTH_URL: `http://localhost:${E2E_PORT}`,
      },
    },
  );
  if (result.status !== 0) throw new Error(`jobs:run failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1)!);
}

/** Ask for a magic link, open it from the development mailbox, and follow it. */
export async function signInThroughMailbox(page: Page, email: string): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.getByRole("link", { name: "development mailbox" }).click();
  await page
    .getByRole("link", { name: /Your link to sign in to Kindred/ })
    .first()
    .click();
  await page.getByRole("region", { name: "Links in this email" }).getByRole("link", { name: "Sign in to Kindred" }).click();
}

export type SeededPerson = { id: string; email: string; name: string };

/** A signed-in person straight from the database, for specs about what comes after sign-in. */
export async function seedSignedInPerson(
  context: BrowserContext,
  options: { name?: string; timeZone?: string; email?: string } = {},
): Promise<SeededPerson> {
  const db = testDb();
  const name = options.name ?? "Alex";
  const user = await db.user.create({
    data: {
      email: options.email ?? uniqueEmail(name.toLowerCase()),
      name,
      timeZone: options.timeZone ?? "Europe/London",
      emailVerified: new Date(),
    },
  });
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 24 * 3600 * 1000) } });
  await context.addCookies([
    { name: "next-auth.session-token", value: sessionToken, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" },
  ]);
  return { id: user.id, email: user.email, name };
}

/** Two people linked as a couple; `context` is signed in as the first. */
export async function seedSignedInCouple(context: BrowserContext, names: [string, string] = ["Alex", "Blake"]) {
  const me = await seedSignedInPerson(context, { name: names[0] });
  const db = testDb();
  const partner = await db.user.create({
    data: { email: uniqueEmail(names[1].toLowerCase()), name: names[1], timeZone: "Europe/London", emailVerified: new Date() },
  });
  const couple = await db.couple.create({
    data: {
      memberships: {
        create: [
          { userId: me.id, seat: 1 },
          { userId: partner.id, seat: 2 },
        ],
      },
    },
  });
  return { me, partner, coupleId: couple.id };
}

/**
 * Every test looks like its own client to the per-IP sign-in limit (as
 * separate people would), so the suite does not trip over its own limit.
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    await context.setExtraHTTPHeaders({
      "x-forwarded-for": `198.18.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`,
    });
    await use(context);
  },
});

export { expect };
export const appOrigin = `http://localhost:${E2E_PORT}`;
