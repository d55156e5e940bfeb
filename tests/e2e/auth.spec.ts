import { expect, seedSignedInPerson, signInThroughMailbox, test, testDb, uniqueEmail, openSignInLink } from "./fixtures";

test.describe("signing up and in", () => {
  test.use({ timezoneId: "America/Sao_Paulo" });

  test("a new person signs up through the magic link, sets name and time zone, and lands on home", async ({ page }) => {
    const email = uniqueEmail("newcomer");
    await signInThroughMailbox(page, email);

    await expect(page).toHaveURL(/\/welcome/);
    await expect(page.getByRole("heading", { name: "Welcome to Kindred" })).toBeVisible();
    await expect(page.getByLabel("Time zone")).toHaveValue("America/Sao_Paulo");
    await page.getByLabel("Your name").fill("Robin");
    await page.getByRole("button", { name: "Continue" }).click();

    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole("heading", { name: "Robin" })).toBeVisible();
    const user = await testDb().user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ name: "Robin", timeZone: "America/Sao_Paulo" });
  });

  test("a link scanner opening the email's link uses nothing up: the person's tap still signs in", async ({ page, playwright }) => {
    const email = uniqueEmail("scanned");
    await page.goto("/signin");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    const [message] = await testDb().outboxEmail.findMany({ where: { to: email } });
    const link = /href="([^"]*\/signin\/confirm[^"]*)"/.exec(message!.html)![1]!.replaceAll("&amp;", "&");
    // The scanner: a plain GET of every link in the email, following redirects, with no cookies of the person's.
    const scanner = await playwright.request.newContext();
    expect((await scanner.get(link)).status()).toBe(200);
    await scanner.dispose();
    expect(await testDb().verificationToken.count({ where: { identifier: email } })).toBe(1);

    await page.goto(link);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/welcome/);
  });

  test("a used magic link does not sign anyone in again", async ({ page, browser }) => {
    const email = uniqueEmail("once");
    await signInThroughMailbox(page, email);
    await expect(page).toHaveURL(/\/welcome/);
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await openSignInLink(otherPage, email);
    await expect(otherPage.getByRole("alert").filter({ hasText: "expired or has already been used" })).toBeVisible();
    await other.close();
  });

  test("the welcome form says what is wrong next to the field and keeps what was chosen", async ({ page, context }) => {
    const person = await seedSignedInPerson(context);
    await testDb().user.update({ where: { id: person.id }, data: { name: null, timeZone: null } });
    await page.goto("/home");
    await expect(page).toHaveURL(/\/welcome/);
    await expect(page.getByLabel("Time zone")).toHaveValue("America/Sao_Paulo"); // the browser's, once hydrated
    await page.getByLabel("Your name").fill("   ");
    await page.getByLabel("Time zone").selectOption("Asia/Tokyo");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText("Tell us what to call you")).toBeVisible();
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
    await expect(page.getByText(/Choose a time zone/)).toHaveCount(0);
  });

  test("Continue tapped before the page's JavaScript has loaded still saves the browser's zone, not UTC", async ({ page, context }) => {
    const person = await seedSignedInPerson(context);
    await testDb().user.update({ where: { id: person.id }, data: { name: null, timeZone: null } });
    // A slow phone at its slowest: none of the page's script files ever arrive, so React never starts.
    await page.route("**/_next/static/**/*.js", (route) => route.abort());
    await page.goto("/welcome", { waitUntil: "commit" });
    await page.getByLabel("Your name").fill("Ines");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/home$/);
    expect(await testDb().user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      name: "Ines",
      timeZone: "America/Sao_Paulo",
    });

    // And the zone shown is the browser's from the first paint, before any script file.
    await testDb().user.update({ where: { id: person.id }, data: { name: null, timeZone: null } });
    await page.goto("/welcome", { waitUntil: "commit" });
    await expect(page.getByLabel("Time zone")).toHaveValue("America/Sao_Paulo");
  });

  test("welcome works before and without JavaScript: a zone is chosen from the start and never called missing", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const person = await seedSignedInPerson(context);
    await testDb().user.update({ where: { id: person.id }, data: { name: null, timeZone: null } });
    const page = await context.newPage();
    await page.goto("/welcome");
    await expect(page.getByLabel("Time zone")).toHaveValue("UTC");
    // A blank name: the error names the name, and the zone shown is the zone kept.
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText("Tell us what to call you")).toBeVisible();
    await expect(page.getByText(/Choose a time zone/)).toHaveCount(0);
    await page.getByLabel("Your name").fill("Noor");
    await page.getByLabel("Time zone").selectOption("Europe/Lisbon");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/home$/);
    expect(await testDb().user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ name: "Noor", timeZone: "Europe/Lisbon" });
    await context.close();
  });

  test("asking for too many sign-in emails shows a clear message", async ({ page }) => {
    const email = uniqueEmail("eager");
    for (let i = 0; i < 5; i++) {
      await page.goto("/signin");
      await page.getByLabel("Email").fill(email);
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
      await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    }
    await page.goto("/signin");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Too many sign-in emails" })).toBeVisible();
  });

  test("signing out returns to the landing page and home asks to sign in again", async ({ page, context }) => {
    await seedSignedInPerson(context, { name: "Kai" });
    await page.goto("/settings");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page.getByRole("heading", { name: /A kinder relationship/ })).toBeVisible();
    await page.goto("/home");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("signing out without a connection says so and keeps the person signed in; online again, it signs out", async ({ page, context }) => {
    await seedSignedInPerson(context, { name: "Ines" });
    await page.goto("/settings");
    await page.evaluate(() => navigator.serviceWorker.ready); // installed while online, as on a phone that has used the app
    await context.setOffline(true);
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "you are still signed in" })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("sign-out-offline.png") });
    await context.setOffline(false);
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page.getByRole("heading", { name: /A kinder relationship/ })).toBeVisible();
    await page.goto("/home");
    await expect(page).toHaveURL(/\/signin/);
  });
});

test("a signed-out visitor to home is sent to sign-in", async ({ page }) => {
  await page.goto("/home");
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByRole("heading", { name: "Sign in or create your account" })).toBeVisible();
});

test("the landing page says what Kindred is", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("A kinder relationship");
  await page.getByRole("link", { name: "Get started" }).click();
  await expect(page).toHaveURL(/\/signin/);
});
