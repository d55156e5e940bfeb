import { axeViolations, expect, test, testDb, twoBrowsers } from "./fixtures";

/**
 * A week after an agreement, both are asked privately "Did we keep it?" on
 * home; the answers show together once both answered; then they adjust it
 * (asked again in a week), keep it going or retire it.
 */
test("a week on, each answers 'Did we keep it?' privately, both answers appear together, and they adjust it", async ({ browser }) => {
  const { a, b, aContext, bContext, me } = await twoBrowsers(browser, ["Oli", "Pat"]);
  const { coupleId } = await testDb().coupleMembership.findFirstOrThrow({ where: { userId: me.id } });
  await testDb().agreement.create({
    data: {
      coupleId,
      text: "No phones at breakfast",
      createdAt: new Date(Date.now() - 8 * 86_400_000),
      followUpAt: new Date(Date.now() - 86_400_000),
    },
  });

  const streamOpen = b.waitForResponse((response) => response.url().includes("/api/live/events"));
  await b.goto("/home");
  await streamOpen;
  const bCard = b.getByRole("region", { name: "Did we keep it?" });
  await expect(bCard.getByText("“No phones at breakfast”")).toBeVisible();

  await a.goto("/home");
  const aCard = a.getByRole("region", { name: "Did we keep it?" });
  await aCard.getByRole("button", { name: "Partly" }).click();
  await expect(aCard.getByText("You answered “Partly”. Waiting for Pat; you can still change it.")).toBeVisible();

  // Pat sees that Oli answered, not what.
  await expect(bCard.getByText("Oli answered. Answer to see theirs.")).toBeVisible({ timeout: 3_000 });
  expect(await axeViolations(b), "home with a follow-up to answer").toEqual([]);
  await expect(bCard.getByText(/Oli: Partly|“Partly”/)).toHaveCount(0);
  await expect(bCard.getByText(/Oli: /)).toHaveCount(0);
  await bCard.getByRole("button", { name: "Yes, we kept it" }).click();
  await expect(bCard.getByText("You: Yes, we kept it · Oli: Partly")).toBeVisible();
  expect(await axeViolations(b), "home with a follow-up revealed").toEqual([]);
  await expect(aCard.getByText("You: Partly · Pat: Yes, we kept it")).toBeVisible({ timeout: 3_000 });

  await aCard.getByText("Adjust it").click();
  await aCard.getByLabel("The agreement, as you'd like it now").fill("No phones until we've both had coffee");
  await aCard.getByRole("button", { name: "Save the new words" }).click();
  await expect(a.getByRole("region", { name: "Did we keep it?" })).toHaveCount(0);
  await a.goto("/talk");
  await expect(a.getByRole("region", { name: "Our agreements" }).getByText("No phones until we've both had coffee")).toBeVisible();
  await aContext.close();
  await bContext.close();
});
