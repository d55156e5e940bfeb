import AxeBuilder from "@axe-core/playwright";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomUUID } from "node:crypto";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { factories } from "../support/factories";
import { E2E_PORT } from "./config";

const execFileAsync = promisify(execFile);

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
export async function runEmailJob(now: Date): Promise<{ sent: number; planned: number }> {
  // Asynchronous, so a fake push service in this worker can answer the job while it runs.
  const result = await execFileAsync(
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
        VAPID_PUBLIC_KEY: process.env.E2E_VAPID_PUBLIC_KEY,
        VAPID_PRIVATE_KEY: process.env.E2E_VAPID_PRIVATE_KEY,
        VAPID_SUBJECT: process.env.E2E_VAPID_SUBJECT,
      },
    },
  );
  // A failing job rejects with its stderr.
  return JSON.parse(result.stdout.trim().split("\n").at(-1)!);
}

/** Ask for a magic link, open it from the development mailbox, and follow it. */
export async function signInThroughMailbox(page: Page, email: string): Promise<void> {
  await page.goto("/signin");
  await requestAndFollowMagicLink(page, email);
}

/** On the sign-in form already open: ask for a link, then open it from the development mailbox. */
export async function requestAndFollowMagicLink(page: Page, email: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await openSignInLink(page, email);
}

/** Opens the latest sign-in email to `email` in the development mailbox and follows its link (the person's tap on "Sign in"). */
export async function openSignInLink(page: Page, email: string): Promise<void> {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page
    .getByRole("link", { name: /Sign in to Kindred/ })
    .first()
    .click();
  await page.getByRole("region", { name: "Links in this email" }).getByRole("link", { name: "Sign in to Kindred" }).click();
  await page.getByRole("button", { name: "Sign in" }).click();
}

export type SeededPerson = { id: string; email: string; name: string };

/** Signs `context` in as the person, with a session made as next-auth makes one. */
export async function signIn(context: BrowserContext, userId: string): Promise<void> {
  const value = await factories(testDb()).session(userId);
  await context.addCookies([{ name: "next-auth.session-token", value, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
}

/** Another browser, signed in as `userId` (say, the partner of a seeded couple). */
export async function signedInContext(browser: Browser, userId: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  await signIn(context, userId);
  return context;
}

/** A signed-in person straight from the database, for specs about what comes after sign-in. */
export async function seedSignedInPerson(
  context: BrowserContext,
  options: { name?: string; timeZone?: string; email?: string } = {},
): Promise<SeededPerson> {
  const name = options.name ?? "Alex";
  const user = await factories(testDb()).person(name, {
    timeZone: options.timeZone,
    email: options.email ?? uniqueEmail(name.toLowerCase()),
  });
  await signIn(context, user.id);
  return { id: user.id, email: user.email, name };
}

/** Two people linked as a couple; `context` is signed in as the first. */
export async function seedSignedInCouple(context: BrowserContext, names: [string, string] = ["Alex", "Blake"]) {
  const { couple, a, b } = await factories(testDb()).couple(names[0], names[1], { email: uniqueEmail(names[0].toLowerCase()) });
  await signIn(context, a.id);
  return { me: { id: a.id, email: a.email, name: names[0] }, partner: { id: b.id, email: b.email, name: names[1] }, coupleId: couple.id };
}

/** Two linked partners, each signed in in a browser of their own: `a` is the first named, `b` the second. */
export async function twoBrowsers(browser: Browser, names: [string, string]) {
  const aContext = await browser.newContext();
  const { me, partner } = await seedSignedInCouple(aContext, names);
  const a = await aContext.newPage();
  const bContext = await signedInContext(browser, partner.id);
  const b = await bContext.newPage();
  return { a, b, aContext, bContext, me, partner };
}

/** Checks in through the form, as a person does. */
export async function checkIn(
  page: Page,
  {
    pleasantness,
    energy,
    feeling,
    note,
    visibility,
  }: { pleasantness: string; energy: string; feeling: string; note?: string; visibility: "Shared" | "Private" },
) {
  await page.goto("/checkin");
  await page.getByRole("group", { name: "How pleasant do you feel?" }).getByText(pleasantness, { exact: true }).click();
  await page.getByRole("group", { name: "How much energy do you have?" }).getByText(energy, { exact: true }).click();
  await page.getByRole("group", { name: "A word for it? (optional)" }).getByText(feeling, { exact: true }).click();
  if (note) await page.getByLabel("Anything to add?").fill(note);
  await page
    .getByRole("group", { name: "Who sees this?" })
    .getByText(visibility === "Shared" ? /^Shared with/ : "Private (only me)")
    .click();
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(page.getByText("Checked in.")).toBeVisible();
}

/**
 * Not a page's error: what the browser logs about a response a test asked for
 * on purpose (a 404 page, a refused request, a dropped connection), and
 * Playwright's own scripts being refused by a sandboxed frame (the dev
 * mailbox's email preview; microsoft/playwright#33343).
 */
const EXPECTED_CONSOLE = [
  /^Failed to load resource: /,
  /^Blocked script execution in 'about:(srcdoc|blank)' because the document's frame is sandboxed/,
];

/**
 * Every test looks like its own client to the per-IP sign-in limit (as
 * separate people would), so the suite does not trip over its own limit.
 * And every test fails on an error the browser logs or throws on any page of
 * any context it opens (a React warning, a CSP refusal, an uncaught
 * exception), except those it lists in `allowedConsoleErrors`.
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp[]; consoleErrors: string[] }>({
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ browser, context, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      const watch = (watched: BrowserContext) => {
        watched.on("console", (message) => {
          if (message.type() !== "error" || EXPECTED_CONSOLE.some((expected) => expected.test(message.text()))) return;
          errors.push(`${message.text()} (on ${message.page()?.url() ?? "a worker"})`);
        });
        watched.on("weberror", (error) => errors.push(`uncaught: ${error.error().message} (on ${error.page()?.url()})`));
        return watched;
      };
      watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => watch(await newContext(...args));
      await use(errors);
      browser.newContext = newContext;
      const unexpected = errors.filter((error) => !allowedConsoleErrors.some((allowed) => allowed.test(error)));
      expect(unexpected, "errors in the browser console").toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context }, use) => {
    await context.setExtraHTTPHeaders({
      "x-forwarded-for": `198.18.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`,
    });
    await use(context);
  },
});

/** What axe finds wrong on the page as it is now (WCAG 2.1 A and AA, and axe's best practices), one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const path = new URL(page.url()).pathname;
  return results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.help}`);
}

/**
 * Chromium's virtual authenticator (CDP WebAuthn): a phone's built-in passkey
 * store that says yes with the person present and verified; with `prf`, one
 * whose passkeys give a PRF secret (as iCloud Keychain and Google's do).
 */
export async function virtualAuthenticator(page: Page, { prf = false } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      hasPrf: prf,
      automaticPresenceSimulation: true,
    },
  });
  return { credentials: async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials };
}

export { expect };
export const appOrigin = `http://localhost:${E2E_PORT}`;

/** Turn on encryption → the 24 words, read off the page as a person copies them down (the click is repeated if it came before the page was ready). */
export async function startAndReadPhrase(page: Page): Promise<string[]> {
  const start = page.getByRole("button", { name: "Turn on encryption" });
  const items = page.getByRole("list", { name: "Recovery phrase" }).getByRole("listitem");
  await expect(async () => {
    if (await start.isVisible()) await start.click();
    await expect(items).toHaveCount(24, { timeout: 1_000 });
  }).toPass();
  return (await items.allTextContents()).map((item) => item.replace(/^\d+\./, "").trim());
}

export async function encryptionCard(page: Page) {
  await page.goto("/settings#encryption");
  return page.getByRole("region", { name: "Encrypt my private notes" });
}

/** Settings → Encrypt my private notes, turned on with a new phrase (which is returned). */
export async function turnOnEncryption(page: Page): Promise<string[]> {
  const card = await encryptionCard(page);
  const phrase = await startAndReadPhrase(page);
  await card.getByLabel(/I've written down these 24 words/).check();
  await card.getByRole("button", { name: "Encrypt my private notes" }).click();
  await expect(card.getByText("Your private notes are encrypted, and unlocked on this device.")).toBeVisible();
  return phrase;
}
