import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "@playwright/test";
import { chromiumFlags, chromiumPath } from "../../scripts/lib/chromium";
import { startFakePushService } from "../../scripts/lib/fake-push-service";
import { appOrigin, expect, runEmailJob, seedSignedInCouple, seedSignedInPerson, signedInContext, test, testDb } from "./fixtures";

/**
 * Kindred on the phone: installable, push from Settings to the lock screen,
 * and a check-in that survives a dead zone.
 *
 * Headless Chromium cannot reach a real push service, so the browser's
 * PushManager hands out a subscription to the fake push service on loopback
 * (as a real browser hands out one to its vendor's), and the payload the fake
 * service decrypted is given to the service worker through the DevTools
 * Protocol, as the browser's push service would.
 */

async function serviceWorkerReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test("Chromium reports no installability errors", async () => {
  // A browser profile of its own: Chromium never offers to install from an incognito-like context.
  const profile = mkdtempSync(path.join(tmpdir(), "kindred-install-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumFlags,
    baseURL: appOrigin,
  });
  try {
    await seedSignedInPerson(context, { name: "Ines" });
    const page = await context.newPage();
    await page.goto("/home");
    await serviceWorkerReady(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
    // iOS reads its icon and standalone mode from the page.
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
    await expect(page.locator('meta[name="apple-mobile-web-app-capable"], meta[name="mobile-web-app-capable"]')).not.toHaveCount(0);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("the manifest has what Android and iOS need", async ({ page }) => {
  const manifest = (await (await page.request.get("/manifest.webmanifest")).json()) as {
    id: string;
    start_url: string;
    display: string;
    icons: { sizes: string; purpose?: string; type: string }[];
  };
  expect(manifest).toMatchObject({ id: "/home", start_url: "/home", display: "standalone" });
  expect(manifest.icons).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ sizes: "192x192", type: "image/png" }),
      expect.objectContaining({ sizes: "512x512", type: "image/png" }),
      expect.objectContaining({ purpose: "maskable" }),
    ]),
  );
});

test("the offline page is served for a page the phone has no copy of", async ({ context, page }) => {
  await seedSignedInPerson(context, { name: "Oona" });
  await page.goto("/home");
  await serviceWorkerReady(page);
  await page.reload(); // now controlled by the worker
  await context.setOffline(true);
  await page.goto("/practices/forgiveness").catch(() => undefined);
  await expect(page.getByRole("heading", { name: "You're offline" })).toBeVisible();
  await context.setOffline(false);
});

/** Grants notifications and makes the browser's push subscription point at the fake push service. */
async function phoneWithFakePushService(
  context: BrowserContext,
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } },
) {
  await context.grantPermissions(["notifications"], { origin: appOrigin });
  await context.addInitScript((fake) => {
    let current: PushSubscription | null = null;
    const make = () =>
      ({
        endpoint: fake.endpoint,
        expirationTime: null,
        options: { userVisibleOnly: true },
        toJSON: () => ({ endpoint: fake.endpoint, expirationTime: null, keys: fake.keys }),
        unsubscribe: async () => {
          current = null;
          return true;
        },
      }) as unknown as PushSubscription;
    PushManager.prototype.subscribe = async function () {
      current ??= make();
      return current;
    };
    PushManager.prototype.getSubscription = async function () {
      return current;
    };
  }, subscription);
}

test("a phone turned on in Settings gets a push for a partner's note, with no private words, and its tap opens the note", async ({
  browser,
}) => {
  const pushService = await startFakePushService();
  try {
    const writerContext = await browser.newContext();
    const { partner } = await seedSignedInCouple(writerContext, ["Pia", "Quin"]);
    const phone = await signedInContext(browser, partner.id);
    const subscription = pushService.subscribe();
    await phoneWithFakePushService(phone, subscription);

    // Quin turns notifications on in Settings; the permission was asked on that tap.
    const quin = await phone.newPage();
    await quin.goto("/settings");
    const section = quin.getByRole("region", { name: "Notifications on this phone" });
    await section.getByRole("button", { name: "Turn on notifications" }).click();
    await expect(section.getByText("Notifications are on for this phone.")).toBeVisible();
    const devices = section.getByRole("list", { name: "Devices with notifications on" });
    await expect(devices.getByText("This phone")).toBeVisible();
    await expect(devices.getByText(/^Chrome on (Android|Windows)$/)).toBeVisible();

    // A test notification goes through the same pipeline, at once.
    await devices.getByRole("button", { name: "Send a test notification" }).click();
    await expect(devices.getByText("Sent. It should appear on that device in a moment.")).toBeVisible();
    expect(pushService.received.map((p) => p.payload.title)).toEqual(["Notifications are on"]);

    // Pia sends a note; once the unsend window has passed, the runner pushes it.
    const pia = await writerContext.newPage();
    await pia.goto("/notes/new");
    await pia.getByLabel("Your note to Quin").fill("SECRET words: thank you for the soup.");
    await pia.getByRole("button", { name: "Send to Quin" }).click();
    await expect(pia.getByText("Sent to Quin.")).toBeVisible();
    const note = await testDb().note.findFirstOrThrow({ where: { recipientId: partner.id } });
    await runEmailJob(new Date(Date.now() + 11 * 60_000));
    const pushed = pushService.received.find((p) => p.payload.url === `/notes/${note.id}`);
    expect(pushed?.payload).toMatchObject({ title: "Pia sent you a note", badge: 1 });
    expect(JSON.stringify(pushed?.payload)).not.toMatch(/SECRET|soup/);
    expect(pushService.problems).toEqual([]);

    // The browser's push service delivers it: the worker shows it, tagged with its delivery.
    const cdp = await phone.newCDPSession(quin);
    const registration = new Promise<string>((resolve) => {
      cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
        const ours = registrations.find((r) => r.scopeURL === `${appOrigin}/` && !r.isDeleted);
        if (ours) resolve(ours.registrationId);
      });
    });
    await cdp.send("ServiceWorker.enable");
    const registrationId = await registration;
    await serviceWorkerReady(quin);
    // Delivered as the push service would; delivered again if the worker was still starting (the tag makes a repeat replace, not add).
    await expect
      .poll(
        async () => {
          await cdp.send("ServiceWorker.deliverPushMessage", { origin: appOrigin, registrationId, data: JSON.stringify(pushed!.payload) });
          return quin.evaluate(async () =>
            (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({
              title: n.title,
              tag: n.tag,
              data: n.data as unknown,
            })),
          );
        },
        { timeout: 20_000 },
      )
      .toContainEqual({ title: "Pia sent you a note", tag: pushed!.payload.tag, data: { url: `/notes/${note.id}` } });
    expect(await quin.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).length)).toBe(1); // once, however often it was delivered

    // Its tap opens the note, in the Kindred window that is open.
    const worker = phone.serviceWorkers().find((w) => w.url().endsWith("/sw.js"))!;
    await worker.evaluate(
      (url) => (self as unknown as { openFromNotification(path: string): Promise<void> }).openFromNotification(url),
      `/notes/${note.id}`,
    );
    await expect(quin).toHaveURL(`${appOrigin}/notes/${note.id}`);
    await expect(quin.getByText("SECRET words: thank you for the soup.")).toBeVisible();

    // Remove: that phone gets nothing more.
    await quin.goto("/settings");
    const settings = quin.getByRole("region", { name: "Notifications on this phone" });
    await settings.getByRole("button", { name: "Remove" }).click();
    await expect(settings.getByRole("list", { name: "Devices with notifications on" })).toHaveCount(0);
    await expect(settings.getByRole("button", { name: "Turn on notifications" })).toBeVisible();
    expect(await testDb().pushDevice.count({ where: { userId: partner.id } })).toBe(0);
    await writerContext.close();
    await phone.close();
  } finally {
    await pushService.close();
  }
});

test("a check-in written offline is kept on the phone, sent when back online, and stored once however often the page reloads", async ({
  context,
  page,
}) => {
  const me = await seedSignedInPerson(context, { name: "Rae" });
  await page.goto("/checkin");
  await serviceWorkerReady(page);

  await context.setOffline(true);
  await page.getByRole("group", { name: "How pleasant do you feel?" }).getByText("4", { exact: true }).click();
  await page.getByRole("group", { name: "How much energy do you have?" }).getByText("2", { exact: true }).click();
  await page.getByRole("group", { name: "A word for it? (optional)" }).getByText("calm", { exact: true }).click();
  await page.getByLabel("Anything to add?").fill("Written on the train");
  await page.getByRole("group", { name: "Who sees this?" }).getByText("Private (only me)").click();
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(page.getByText("Saved on this phone. It will be sent when you're back online.")).toBeVisible();
  expect(await testDb().checkIn.count({ where: { authorId: me.id } })).toBe(0);

  await context.setOffline(false);
  await expect(page.getByText("You're back online: the check-in kept on this phone was sent.")).toBeVisible();
  await page.reload();
  await page.reload();
  await page.goto("/checkin/history");
  await expect(page.getByText("Written on the train")).toBeVisible();
  const stored = await testDb().checkIn.findMany({ where: { authorId: me.id } });
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ feeling: "calm", note: "Written on the train", visibility: "PRIVATE" });
  expect(stored[0]!.clientId).toMatch(/^[0-9a-f-]{36}$/);
});
