import { appOrigin, checkIn, expect, seedSignedInCouple, test, twoBrowsers } from "./fixtures";

test("A checks in shared; B sees it and responds; A sees the response. A's private check-in stays hidden", async ({ browser }) => {
  const { a, b, aContext, bContext } = await twoBrowsers(browser, ["Ari", "Bo"]);

  await checkIn(a, { pleasantness: "4", energy: "4", feeling: "hopeful", note: "Big presentation went well", visibility: "Shared" });
  await expect(a.getByRole("region", { name: "Your latest check-in" }).getByText("hopeful")).toBeVisible();

  // B, in another browser, signed in as the partner.
  await b.goto("/home");
  const partnerCard = b.getByRole("region", { name: "You and Ari" });
  await expect(partnerCard.getByText("Ari checked in today.")).toBeVisible();
  // Home asks B to guess first (questions.spec.ts guesses); here B just looks.
  await expect(partnerCard.getByText("Big presentation went well")).toHaveCount(0);
  await partnerCard.getByRole("button", { name: "Just show me" }).click();
  await expect(partnerCard.getByText("Big presentation went well")).toBeVisible();
  await partnerCard.getByRole("button", { name: "Sending a hug" }).click();
  await expect(partnerCard.getByRole("button", { name: "Sending a hug" })).toHaveAttribute("aria-pressed", "true");

  // A hears of it on the home left open, without a reload, marked new the first time.
  const hug = a
    .getByRole("region", { name: "From Bo" })
    .getByRole("listitem")
    .filter({ hasText: "Bo sent you a hug for today's check-in." });
  await expect(hug).toContainText("New");

  // A private check-in: B sees nothing new. A's home still tells of the hug, no longer as new.
  await checkIn(a, { pleasantness: "1", energy: "1", feeling: "lonely", note: "Only for me", visibility: "Private" });
  await expect(hug).toBeVisible();
  await expect(hug).not.toContainText("New");
  await b.reload();
  await expect(partnerCard.getByText("Big presentation went well")).toBeVisible();
  await expect(b.getByText("Only for me")).toHaveCount(0);
  await expect(b.getByText("lonely")).toHaveCount(0);
  await b.goto("/checkin/history?whose=partner");
  await expect(b.getByRole("article")).toHaveCount(1);
  await b.goto("/checkin/trends");
  await expect(b.getByRole("region", { name: "In words" })).toContainText(
    "Ari shared how they felt on 1 day of the last 30. It felt pleasant, energetic",
  );
  // The plot is one slider over the days: a tap anywhere on it picks the nearest day someone
  // shared and says it under the chart; the keys step between days. The 7-day view is one tap away.
  const pleasant = b.getByRole("figure", { name: /How pleasant/ });
  const plot = pleasant.getByRole("slider", { name: "How pleasant: choose a day" });
  await expect(plot).toHaveAttribute("aria-valuemax", "30");
  // Before any tap it rests on the latest day shared (today, the 30th), and says how to choose.
  await expect(plot).toHaveAttribute("aria-valuenow", "30");
  await expect(plot).toHaveAttribute("aria-valuetext", /choose|tap/i);
  await plot.click({ position: { x: 5, y: 5 } });
  await expect(pleasant.getByText(/^\w{3} \d{1,2} \w{3}: Ari pleasant \(4 of 5\)$/)).toBeVisible();
  await expect(plot).toHaveAttribute("aria-valuenow", "30");
  await b.getByRole("link", { name: "7 days" }).click();
  await expect(b.getByRole("heading", { name: "The last 7 days" })).toBeVisible();
  const energy = b.getByRole("figure", { name: /How much energy/ }).getByRole("slider");
  await expect(energy).toHaveAttribute("aria-valuemax", "7");
  await energy.focus();
  await b.keyboard.press("End");
  await expect(energy).toHaveAttribute("aria-valuetext", /: Ari energetic \(4 of 5\)$/);

  await aContext.close();
  await bContext.close();
});

test("two taps and Save check in: the word and the rest are optional, and Save is in view without scrolling", async ({ page, context }) => {
  await seedSignedInCouple(context, ["Ivo", "Jun"]);
  await page.goto("/checkin");
  const save = page.getByRole("button", { name: "Check in" });
  await expect(save).toBeInViewport();
  await expect(page.getByText("Shared with Jun", { exact: true }).first()).toBeVisible();
  await page.getByRole("group", { name: "How pleasant do you feel?" }).getByText("4", { exact: true }).click();
  await page.getByRole("group", { name: "How much energy do you have?" }).getByText("2", { exact: true }).click();
  // The words for that mood appear below; the Save button stays in view.
  await expect(page.getByRole("group", { name: "A word for it? (optional)" }).getByText("calm", { exact: true })).toBeVisible();
  await expect(save).toBeInViewport();
  await save.click();
  await expect(page.getByText("Checked in.")).toBeVisible();
  const latest = page.getByRole("region", { name: "Your latest check-in" });
  await expect(latest.getByText("settled", { exact: true })).toBeVisible();
  await expect(latest.getByText("pleasant and low on energy")).toBeVisible();
});

test("a check-in form explains what is missing and keeps what was typed", async ({ page, context }) => {
  await seedSignedInCouple(context, ["Cy", "Di"]);
  await page.goto("/checkin");
  await page.getByRole("group", { name: "How pleasant do you feel?" }).getByText("2", { exact: true }).click();
  await page.getByLabel("Anything to add?").fill("Long day");
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(page.getByText("Choose how much energy you have")).toBeVisible();
  await expect(page.getByLabel("Anything to add?")).toHaveValue("Long day");
});

test("a check-in can be edited and deleted", async ({ page, context }) => {
  await seedSignedInCouple(context, ["Ed", "Flo"]);
  await checkIn(page, { pleasantness: "5", energy: "5", feeling: "joyful", visibility: "Shared" });
  await page.getByRole("region", { name: "Your latest check-in" }).getByRole("link", { name: "Edit or delete" }).click();
  await page.getByRole("group", { name: "A word for it? (optional)" }).getByText("playful", { exact: true }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Check-in updated.")).toBeVisible();
  await expect(page.getByRole("article").getByText("playful")).toBeVisible();

  await page.getByRole("link", { name: "Edit or delete" }).click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Delete check-in" }).click();
  await expect(page.getByText("Check-in deleted.")).toBeVisible();
  await expect(page.getByText("No check-ins yet.")).toBeVisible();
});

test("the JSON check-in endpoint needs a session and explains bad input", async ({ context, playwright }) => {
  const anonymous = await playwright.request.newContext();
  const signedOut = await anonymous.post(`${appOrigin}/api/checkins`, { data: { pleasantness: 3 } });
  expect(signedOut.status()).toBe(401);
  await anonymous.dispose();

  await seedSignedInCouple(context, ["Gil", "Hana"]);
  const bad = await context.request.post("/api/checkins", {
    data: { pleasantness: 9, energy: 2, feeling: "joyful", visibility: "SHARED" },
  });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).fieldErrors).toMatchObject({ pleasantness: "Choose how pleasant you feel" });
  const good = await context.request.post("/api/checkins", {
    data: { pleasantness: 2, energy: 2, feeling: "tired", visibility: "PRIVATE" },
  });
  expect(good.status()).toBe(201);
});
