import type { BrowserContext, Page } from "@playwright/test";
import { expect, seedSignedInPerson, signIn, test, testDb, uniqueEmail, virtualAuthenticator } from "./fixtures";

/** The code from the newest sign-in email to `email`, read in the development mailbox as a person would. */
async function codeFromMailbox(context: BrowserContext, email: string): Promise<string> {
  const mailbox = await context.newPage();
  await mailbox.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const subject = await mailbox
    .getByRole("link", { name: /Sign in to Kindred: your code is/ })
    .first()
    .textContent();
  await mailbox.close();
  return /your code is (\d{6})/.exec(subject ?? "")![1]!;
}

async function askForEmail(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
}

/** Settings → Signed-in devices → this device's "Sign out". */
async function signOutHere(page: Page) {
  await page.goto("/settings");
  await page.getByRole("region", { name: "Signed-in devices" }).getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("heading", { name: /A kinder relationship/ })).toBeVisible();
}

test.describe("signing in inside the installed app", () => {
  test("a person types the emailed code where they asked for it: a wrong one says so, the right one signs in, and it works once", async ({
    page,
    context,
  }) => {
    const email = uniqueEmail("homescreen");
    await askForEmail(page, email);
    const field = page.getByLabel("6-digit code");
    await expect(field).toHaveAttribute("autocomplete", "one-time-code");
    await expect(field).toHaveAttribute("inputmode", "numeric");
    const code = await codeFromMailbox(context, email);

    await field.fill(code === "000000" ? "111111" : "000000");
    await page.getByRole("button", { name: "Sign in with the code" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /That code isn't right.*4 tries left/ })).toBeVisible();

    // Pasted as the email shows it, or with a space in the middle: both are the code.
    await page.getByLabel("6-digit code").fill(`${code.slice(0, 3)} ${code.slice(3)}`);
    await page.getByRole("button", { name: "Sign in with the code" }).click();
    await expect(page).toHaveURL(/\/welcome/);
    await expect(page.getByRole("heading", { name: "Welcome to Kindred" })).toBeVisible();

    // The link beside it is spent with it, and the code does not work again.
    const [message] = await testDb().outboxEmail.findMany({ where: { to: email } });
    const link = /href="([^"]*\/signin\/confirm[^"]*)"/.exec(message!.html)![1]!.replaceAll("&amp;", "&");
    const other = await page.context().browser()!.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto(link);
    await otherPage.getByRole("button", { name: "Sign in" }).click();
    await expect(otherPage.getByRole("alert").filter({ hasText: "expired or has already been used" })).toBeVisible();
    await other.close();
    await page.goto(`/signin/check-email?email=${encodeURIComponent(email)}`);
    await page.getByLabel("6-digit code").fill(code);
    await page.getByRole("button", { name: "Sign in with the code" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "already been used" })).toBeVisible();
  });

  test("a code typed in another browser than the one that asked signs no one in", async ({ page, context, browser }) => {
    const email = uniqueEmail("elsewhere");
    await askForEmail(page, email);
    const code = await codeFromMailbox(context, email);
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto(`/signin/check-email?email=${encodeURIComponent(email)}`);
    await otherPage.getByLabel("6-digit code").fill(code);
    await otherPage.getByRole("button", { name: "Sign in with the code" }).click();
    await expect(otherPage.getByRole("alert").filter({ hasText: "This device didn't ask for that code" })).toBeVisible();
    await otherPage.goto("/home");
    await expect(otherPage).toHaveURL(/\/signin/);
    await other.close();
  });

  test("a person makes a passkey, signs out, signs in with it, renames and removes it, and then it signs no one in", async ({
    page,
    context,
  }) => {
    const authenticator = await virtualAuthenticator(page);
    const person = await seedSignedInPerson(context, { name: "Noor" });

    // Just signed in, no passkey yet: home offers one.
    await page.goto("/home");
    const offer = page.getByRole("region", { name: "Sign in with a passkey next time?" });
    await offer.getByRole("button", { name: "Make a passkey" }).click();
    await expect(offer.getByRole("status")).toHaveText(/Passkey saved as “Chrome on (Android|Windows)”/);
    expect(await authenticator.credentials()).toHaveLength(1);

    await page.goto("/settings");
    const passkeys = page.getByRole("region", { name: "Passkeys" });
    await expect(passkeys.getByRole("listitem")).toHaveCount(1);
    await expect(passkeys.getByText("not used yet")).toBeVisible();

    // Where the browser offers passkeys in the email field's suggestions, picking it signs in (the
    // virtual authenticator picks at once, as a person choosing it would).
    await signOutHere(page);
    await page.goto("/signin");
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole("heading", { name: "Noor" })).toBeVisible();

    // Where it does not, the button asks.
    await signOutHere(page);
    await page.addInitScript(() => {
      PublicKeyCredential.isConditionalMediationAvailable = async () => false;
    });
    await page.goto("/signin");
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole("heading", { name: "Noor" })).toBeVisible();

    await page.goto("/settings");
    await expect(page.getByRole("region", { name: "Signed-in devices" }).getByRole("listitem")).toHaveCount(1);
    await expect(passkeys.getByText(/last used Today/)).toBeVisible();
    await passkeys.getByLabel("Name").fill("Noor's phone");
    await passkeys.getByRole("button", { name: "Rename" }).click();
    await expect(passkeys.getByRole("status")).toHaveText("Renamed.");
    await expect(passkeys.getByRole("listitem", { name: "Noor's phone" })).toBeVisible();
    await passkeys.getByRole("button", { name: "Remove" }).click();
    await expect(passkeys.getByText("You have no passkeys yet.")).toBeVisible();
    expect(await testDb().passkey.count({ where: { userId: person.id } })).toBe(0);

    // The phone still holds it; Kindred no longer knows it.
    await signOutHere(page);
    await page.goto("/signin");
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "doesn't know this passkey" })).toBeVisible();
    await page.goto("/home");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("Settings lists the signed-in devices and signs another one out, then every other one", async ({ page, context, browser }) => {
    const person = await seedSignedInPerson(context, { name: "Oli" });
    const iphone = await browser.newContext({
      userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    });
    const laptop = await browser.newContext({
      userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15",
    });
    const phonePage = await iphone.newPage();
    const laptopPage = await laptop.newPage();
    for (const [other, otherPage] of [
      [iphone, phonePage],
      [laptop, laptopPage],
    ] as const) {
      await signIn(other, person.id);
      await otherPage.goto("/home");
      await expect(otherPage.getByRole("heading", { name: "Oli" })).toBeVisible();
    }

    await page.goto("/settings");
    const devices = page.getByRole("region", { name: "Signed-in devices" });
    await expect(devices.getByRole("listitem")).toHaveCount(3);
    await expect(devices.getByRole("listitem").first()).toContainText("This device");
    await devices.getByRole("listitem", { name: "Safari on iPhone" }).getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(devices.getByRole("listitem")).toHaveCount(2);
    await phonePage.goto("/home");
    await expect(phonePage).toHaveURL(/\/signin/);
    await laptopPage.reload();
    await expect(laptopPage.getByRole("heading", { name: "Oli" })).toBeVisible();

    await devices.getByRole("button", { name: "Sign out everywhere else" }).click();
    await expect(devices.getByRole("status")).toHaveText("Signed out of 1 other device.");
    await expect(devices.getByRole("listitem")).toHaveCount(1);
    await laptopPage.goto("/settings");
    await expect(laptopPage).toHaveURL(/\/signin/);
    await page.goto("/home");
    await expect(page.getByRole("heading", { name: "Oli" })).toBeVisible();
    await iphone.close();
    await laptop.close();
  });

  test("opening the app keeps its session cookie for 90 days from now, not from sign-in", async ({ page, context }) => {
    await seedSignedInPerson(context);
    await page.goto("/home");
    const [cookie] = (await context.cookies()).filter((c) => c.name === "next-auth.session-token");
    expect(cookie!.expires * 1000).toBeGreaterThan(Date.now() + 89 * 24 * 60 * 60 * 1000);
  });
});
