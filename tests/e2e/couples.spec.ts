import type { Browser, Page } from "@playwright/test";
import { expect, requestAndFollowMagicLink, signInThroughMailbox, test, testDb, uniqueEmail } from "./fixtures";

// Each test signs up two or three people through their mailboxes: the slow-test timeout (3 × 60 s).
test.describe.configure({ timeout: 180_000 });

async function newPerson(browser: Browser, label: string, name: string): Promise<{ page: Page; email: string }> {
  const context = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": `198.19.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}` },
  });
  const page = await context.newPage();
  const email = uniqueEmail(label);
  await signInThroughMailbox(page, email);
  // A zone is chosen from the start (the server's default, then the browser's).
  await expect(page.getByLabel("Time zone")).toHaveValue(/.+/);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  return { page, email };
}

async function finishSignUpFromInvite(page: Page, email: string, name: string) {
  await page.getByRole("link", { name: "Sign up or sign in to accept" }).click();
  await requestAndFollowMagicLink(page, email);
  await expect(page.getByLabel("Time zone")).toHaveValue(/.+/);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Continue" }).click();
}

test("A invites B by email; B signs up from the email and is linked; A unlinks; both can invite again", async ({ browser }) => {
  const a = await newPerson(browser, "ada", "Ada");
  const bEmail = uniqueEmail("ben");

  await a.page.getByLabel("Your partner's email").fill(bEmail);
  await a.page.getByRole("button", { name: "Send invite" }).click();
  await expect(a.page.getByText(`Invite sent to ${bEmail}.`)).toBeVisible();

  // B has no account yet and no session: opens the invitation from the mailbox.
  const bContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.19.200.1" } });
  const b = await bContext.newPage();
  await b.goto(`/dev/mailbox?to=${encodeURIComponent(bEmail)}`);
  await b.getByRole("link", { name: "Ada invited you to Kindred" }).click();
  await b.getByRole("region", { name: "Links in this email" }).getByRole("link", { name: "Accept Ada's invite" }).click();
  await expect(b.getByRole("heading", { name: "Ada invited you to Kindred" })).toBeVisible();
  await finishSignUpFromInvite(b, bEmail, "Ben");

  // Back on the same invite, signed in: confirm.
  await expect(b.getByRole("heading", { name: "Ada invited you to Kindred" })).toBeVisible();
  await b.getByRole("button", { name: "Link with Ada" }).click();
  await expect(b.getByText("You're linked with Ada.")).toBeVisible();
  await expect(b.getByRole("heading", { name: "You and Ada" })).toBeVisible();

  // A hears of it on the home left open, which turns into the linked one by itself (new the first time only), and by email.
  await expect(a.page.getByRole("heading", { name: "You and Ben" })).toBeVisible();
  const news = a.page.getByRole("region", { name: "From Ben" });
  await expect(news.getByRole("listitem").filter({ hasText: "Ben accepted your invitation today." })).toContainText("New");
  await a.page.reload();
  await expect(news.getByRole("listitem").filter({ hasText: "Ben accepted your invitation today." })).not.toContainText("New");
  const mailbox = await a.page.context().newPage();
  await mailbox.goto(`/dev/mailbox?to=${encodeURIComponent(a.email)}`);
  await expect(mailbox.getByRole("link", { name: "Ben accepted your invitation" })).toBeVisible();
  await mailbox.close();

  // A unlinks from settings, with confirmation.
  await a.page.getByRole("link", { name: "Settings" }).click();
  await a.page.getByRole("button", { name: "Unlink from Ben" }).click();
  await a.page.getByRole("button", { name: "Yes, unlink" }).click();
  await expect(a.page.getByRole("heading", { name: "Invite your partner" })).toBeVisible();

  await b.reload();
  await expect(b.getByRole("heading", { name: "Invite your partner" })).toBeVisible();
  await b.goto(`/dev/mailbox?to=${encodeURIComponent(bEmail)}`);
  await expect(b.getByRole("link", { name: "Ada unlinked your accounts on Kindred" })).toBeVisible();
  await bContext.close();
});

test("A shares a copied link; B, already signed up, opens it and links", async ({ browser }) => {
  const a = await newPerson(browser, "cleo", "Cleo");
  const b = await newPerson(browser, "dev", "Dev");

  await a.page.getByRole("button", { name: "Create a link or code to share" }).click();
  const link = (await a.page.getByTestId("invite-link").textContent())!.trim();
  await expect(a.page.getByTestId("invite-code")).toHaveText(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);

  await b.page.goto(link);
  await b.page.getByRole("button", { name: "Link with Cleo" }).click();
  await expect(b.page.getByRole("heading", { name: "You and Cleo" })).toBeVisible();

  // The link is single-use.
  const c = await newPerson(browser, "eve", "Eve");
  await c.page.goto(link);
  await expect(c.page.getByRole("alert").filter({ hasText: "already been used" })).toBeVisible();
});

test("B links by typing the short code on home", async ({ browser }) => {
  const a = await newPerson(browser, "fay", "Fay");
  const b = await newPerson(browser, "gus", "Gus");
  await a.page.getByRole("button", { name: "Create a link or code to share" }).click();
  const code = (await a.page.getByTestId("invite-code").textContent())!.trim();

  await b.page.getByRole("textbox", { name: "Invite code" }).fill(code.toLowerCase());
  await b.page.getByRole("button", { name: "Use code" }).click();
  await b.page.getByRole("button", { name: "Link with Fay" }).click();
  await expect(b.page.getByRole("heading", { name: "You and Fay" })).toBeVisible();
});

test("an unknown invite says so clearly", async ({ page }) => {
  await page.goto("/invite/this-is-not-an-invite");
  await expect(page.getByRole("heading", { name: "This invite can't be used" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "couldn't find that invite" })).toBeVisible();
});

test("a person can export their data and delete their account", async ({ browser }) => {
  const a = await newPerson(browser, "hal", "Hal");
  await a.page.getByRole("link", { name: "Settings" }).click();
  const download = a.page.waitForEvent("download");
  await a.page.getByRole("link", { name: "Export my data" }).click();
  const file = await download;
  const { readFile } = await import("node:fs/promises");
  const data = JSON.parse(await readFile((await file.path())!, "utf8"));
  expect(data.profile).toMatchObject({ email: a.email, name: "Hal" });

  await a.page.getByLabel(/to confirm/).fill("wrong@example.com");
  await a.page.getByRole("button", { name: "Delete my account" }).click();
  await expect(a.page.getByText("That doesn't match your email address.")).toBeVisible();
  // What this browser holds of Hal's: /home kept by the service worker, an unlocked note key, a check-in kept
  // offline; and a check-in someone else kept on the same phone.
  const hal = await testDb().user.findUniqueOrThrow({ where: { email: a.email }, select: { id: true } });
  await a.page.goto("/home");
  await a.page.evaluate(() => navigator.serviceWorker.ready);
  await a.page.reload();
  await expect.poll(() => a.page.evaluate(() => caches.has("kindred-pages"))).toBe(true);
  await a.page.goto("/settings");
  await putInBrowser(a.page, "kindred-vault", "note-keys", hal.id, { wrapped: "k1.example" });
  await putInBrowser(a.page, "kindred-offline", "check-ins", "mine", { userId: hal.id, clientId: "mine" });
  await putInBrowser(a.page, "kindred-offline", "check-ins", "theirs", { userId: "someone-else", clientId: "theirs" });

  await a.page.getByLabel(/to confirm/).fill(a.email);
  await a.page.getByRole("button", { name: "Delete my account" }).click();
  await expect(a.page.getByText("Your account and everything in it are deleted")).toBeVisible();
  await expect(a.page).toHaveURL(/\/\?deleted=1$/);
  expect(await keysInBrowser(a.page, "kindred-vault", "note-keys")).toEqual([]);
  expect(await keysInBrowser(a.page, "kindred-offline", "check-ins")).toEqual(["theirs"]);
  await expect.poll(() => a.page.evaluate(() => caches.has("kindred-pages"))).toBe(false);
  await a.page.goto("/home");
  await expect(a.page).toHaveURL(/\/signin/);
});

/** Puts a value in one of the app's IndexedDB stores in the page (as idb-keyval keeps it: one store per database). */
function putInBrowser(page: Page, database: string, store: string, key: string, value: object) {
  return page.evaluate(
    ([database, store, key, value]) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open(database);
        opening.onupgradeneeded = () => opening.result.createObjectStore(store);
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const writing = opening.result.transaction(store, "readwrite");
          writing.objectStore(store).put(value, key);
          writing.oncomplete = () => (opening.result.close(), resolve());
          writing.onerror = () => reject(writing.error);
        };
      }),
    [database, store, key, value] as const,
  );
}

/** The keys in one of the app's IndexedDB stores in the page. */
function keysInBrowser(page: Page, database: string, store: string) {
  return page.evaluate(
    ([database, store]) =>
      new Promise<string[]>((resolve, reject) => {
        const opening = indexedDB.open(database);
        opening.onupgradeneeded = () => opening.result.createObjectStore(store);
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const reading = opening.result.transaction(store).objectStore(store).getAllKeys();
          reading.onsuccess = () => (opening.result.close(), resolve(reading.result.map(String)));
          reading.onerror = () => reject(reading.error);
        };
      }),
    [database, store] as const,
  );
}
