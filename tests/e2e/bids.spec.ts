import { axeViolations, expect, seedSignedInPerson, test, twoBrowsers } from "./fixtures";

/**
 * A bid: one tap from home reaches the partner's open home at once, and
 * they answer in one tap; the sender's home shows the answer; Trends shows
 * how often the two of them turned toward each other.
 */
test("a partner reaches out in one tap, the other answers in one tap, and both see it turn toward", async ({ browser }) => {
  const { a, b, aContext, bContext } = await twoBrowsers(browser, ["Ana", "Ben"]);

  const streamOpen = b.waitForResponse((response) => response.url().includes("/api/live/events"));
  await b.goto("/home");
  await streamOpen;
  const bCard = b.getByRole("region", { name: "Reach out to Ana" });
  await expect(bCard).toBeVisible();

  await a.goto("/home");
  const aCard = a.getByRole("region", { name: "Reach out to Ben" });
  await aCard.getByRole("button", { name: "Thinking of you", exact: true }).click();
  await expect(aCard.getByRole("status")).toHaveText("Sent to Ben: Thinking of you.");
  await expect(aCard.getByText(/Sent, not answered yet: Thinking of you/)).toBeVisible();
  // A second tap a moment later is the same bid, not another.
  await aCard.getByRole("button", { name: "Thinking of you", exact: true }).click();
  await expect(aCard.getByRole("status")).toHaveText("Already on its way: Ben will see it.");

  // Ben's open home shows it by itself, as new, once.
  const fromAna = bCard.getByRole("list", { name: "From Ana" });
  await expect(fromAna.getByRole("listitem")).toHaveCount(1, { timeout: 3_000 });
  await expect(fromAna.getByText("Ana is thinking of you.")).toBeVisible();
  await expect(fromAna.getByText("New")).toBeVisible();
  expect(await axeViolations(b), "home with a bid to answer").toEqual([]);
  await fromAna.getByRole("button", { name: "Thinking of you too" }).click();
  await expect(fromAna.getByText("You answered: Thinking of you too")).toBeVisible();

  // Ana's open home shows the answer by itself.
  await expect(aCard.getByRole("list", { name: "Ben's answers" }).getByText("Ben is thinking of you too.")).toBeVisible({ timeout: 3_000 });
  await expect(aCard.getByText(/Sent, not answered yet/)).toHaveCount(0);

  await a.goto("/checkin/trends");
  const toward = a.getByRole("region", { name: "Turning toward each other" });
  await expect(toward).toContainText("In the last 30 days you reached out to each other once, and 1 of those was answered (100%).");
  await aContext.close();
  await bContext.close();
});

test("the app's shortcut opens the bid it names first, one tap from sent", async ({ browser, page, request }) => {
  const manifest = (await (await request.get("/manifest.webmanifest")).json()) as { shortcuts: { name: string; url: string }[] };
  expect(manifest.shortcuts).toContainEqual(expect.objectContaining({ name: "Thinking of you", url: "/bids?kind=thinking-of-you" }));
  expect(manifest.shortcuts).toContainEqual(expect.objectContaining({ name: "Send a hug", url: "/bids?kind=hug" }));

  const { a, b, aContext, bContext } = await twoBrowsers(browser, ["Cleo", "Dev"]);
  await a.goto("/bids?kind=hug");
  await expect(a.getByRole("heading", { name: "Reach out", exact: true })).toBeVisible();
  const group = a.getByRole("group", { name: "Reach out to Dev" });
  await expect(group.getByRole("button").first()).toHaveText("A hug");
  await group.getByRole("button", { name: "A hug" }).click();
  await expect(a.getByRole("region", { name: "Reach out to Dev" }).getByRole("status")).toHaveText("Sent to Dev: A hug.");

  await b.goto("/bids");
  await expect(b.getByRole("list", { name: "From Cleo" }).getByText("Cleo sent you a hug.")).toBeVisible();
  await expect(b.getByRole("region", { name: "Turning toward each other" })).toContainText("once, and 0 of those were answered (0%)");
  await aContext.close();
  await bContext.close();

  // Someone not linked is told where to start, with nothing to tap.
  await seedSignedInPerson(page.context(), { name: "Eli" });
  await page.goto("/bids");
  await expect(page.getByText("Reaching out goes to your partner. Invite them from your home page first.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
});
