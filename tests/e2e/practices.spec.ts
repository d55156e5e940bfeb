import { expect, seedSignedInCouple, test } from "./fixtures";

test("the library filters by theme, a practice opens with its sections, and it can become the practice of the week", async ({
  page,
  context,
}) => {
  await seedSignedInCouple(context, ["Iris", "Jo"]);
  await page.goto("/home");
  const weekCard = page.getByRole("region", { name: /./ }).filter({ has: page.getByText("Your practice this week") });
  const currentTitle = (await weekCard.getByRole("heading", { level: 2 }).textContent())!.trim();

  await page.getByRole("link", { name: "Practices" }).first().click();
  await expect(page.getByRole("heading", { name: "Practices", level: 1 })).toBeVisible();
  const all = await page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2 }) })
    .count();
  expect(all).toBeGreaterThanOrEqual(15);
  await page.getByRole("navigation", { name: "Filter by theme" }).getByRole("link", { name: "repair" }).click();
  await expect(page.getByRole("heading", { name: "Forgiving and asking for forgiveness" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Being present" })).toHaveCount(0);

  const target =
    currentTitle === "Forgiving and asking for forgiveness" ? "Honest talk, owned mistakes" : "Forgiving and asking for forgiveness";
  await page.getByRole("heading", { name: target }).click();
  await expect(page.getByRole("heading", { name: target, level: 1 })).toBeVisible();
  for (const section of ["Why it matters", "How to do it", "This week's small exercise", "Note starters", "To ask each other"]) {
    await expect(page.getByRole("heading", { name: section, level: 2 })).toBeVisible();
  }
  await page.getByRole("button", { name: "Make this our practice this week" }).click();
  await expect(
    page.getByText("This is now your practice of the week.").or(page.getByText("This is your practice of the week.")),
  ).toBeVisible();

  await page.goto("/home");
  await expect(weekCard.getByRole("heading", { name: target })).toBeVisible();
  await expect(weekCard.getByText("Chosen this week by you.")).toBeVisible();
  await weekCard.getByRole("button", { name: "We tried it" }).click();
  await expect(weekCard.getByRole("button", { name: "✓ We tried it" })).toHaveAttribute("aria-pressed", "true");
  await expect(weekCard.getByText("Jo hasn't marked it yet.")).toBeVisible();
});
