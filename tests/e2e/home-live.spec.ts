import type { Page, Request } from "@playwright/test";
import { checkIn, expect, seedSignedInCouple, test, twoBrowsers } from "./fixtures";

/**
 * A quiet refresh is one RSC request for the page itself; a reload would be a
 * document request. The router's prefetches of the page's links (also RSC
 * requests, for other paths, marked as prefetches) are neither.
 */
function watchLoads(page: Page) {
  const refreshes: string[] = [];
  const documents: string[] = [];
  page.on("request", (request: Request) => {
    const headers = request.headers();
    if (request.resourceType() === "document") documents.push(request.url());
    else if (headers["rsc"] === "1" && !headers["next-router-prefetch"] && new URL(request.url()).pathname === new URL(page.url()).pathname)
      refreshes.push(request.url());
  });
  return { refreshes, documents };
}

/**
 * Home is live: what a partner does that the other can see (a note, a shared
 * check-in, an answer) appears on the other's open home within moments,
 * without a reload, keeping what they were typing. Nothing private moves it.
 */
test("a partner's note, shared check-in and answer appear on the other's open home without a reload; a private check-in changes nothing", async ({
  browser,
}) => {
  const { a, b, aContext, bContext } = await twoBrowsers(browser, ["Rae", "Sol"]);

  const streamOpen = a.waitForResponse((response) => response.url().includes("/api/live/events"));
  await a.goto("/home");
  const today = a.getByRole("region", { name: "Today's question for you both" });
  // Half an answer typed, not sent: it must survive every refresh below.
  await today.getByLabel("Your answer").fill("RAE-DRAFT: the picnic");
  await expect(a.getByText("Sol hasn't shared a check-in today yet.")).toBeVisible();
  await streamOpen;
  // A server process's first stream may start with a catch-up refresh; count from after it.
  await a.waitForTimeout(500);
  const loads = watchLoads(a);

  await checkIn(b, { pleasantness: "2", energy: "2", feeling: "tired", note: "SOL-PRIVATE", visibility: "Private" });
  await b.waitForTimeout(1_500);
  expect(loads.refreshes, "a private check-in tells the partner's page nothing").toEqual([]);

  await b.goto("/notes");
  await b.getByRole("link", { name: "Write to Rae" }).click();
  await b.getByLabel("Your note to Rae").fill("thank you for the tea.");
  await b.getByRole("button", { name: "Send to Rae" }).click();
  await expect(b.getByText("Sent to Rae.")).toBeVisible();
  await expect(a.getByRole("heading", { name: "Sol wrote you a note you haven't read yet" })).toBeVisible({ timeout: 3_000 });
  await expect(a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Notes\s*1 unread/ })).toBeVisible();

  await checkIn(b, { pleasantness: "4", energy: "4", feeling: "hopeful", visibility: "Shared" });
  await expect(a.getByText("Sol checked in today.")).toBeVisible({ timeout: 3_000 });

  await b.goto("/home");
  await b.getByRole("region", { name: "Today's question for you both" }).getByLabel("Your answer").fill("SOL-ANSWER: the lake.");
  await b.getByRole("region", { name: "Today's question for you both" }).getByRole("button", { name: "Answer" }).click();
  await expect(today.getByText("Sol answered. Answer to see theirs.")).toBeVisible({ timeout: 3_000 });

  expect(loads.documents, "no reload").toEqual([]);
  expect(loads.refreshes.length).toBeGreaterThanOrEqual(3);
  await expect(today.getByLabel("Your answer")).toHaveValue("RAE-DRAFT: the picnic");
  await expect(a.getByText("SOL-PRIVATE")).toHaveCount(0);
  await aContext.close();
  await bContext.close();
});

test("the live stream needs a session and Kindred's own pages", async ({ page, request }) => {
  expect((await request.get("/api/live/events")).status()).toBe(401);
  await seedSignedInCouple(page.context(), ["Uma", "Vic"]);
  const crossSite = await page.request.get("/api/live/events", { headers: { "sec-fetch-site": "cross-site" } });
  expect(crossSite.status()).toBe(403);
});
