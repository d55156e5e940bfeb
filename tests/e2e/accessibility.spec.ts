import { axeViolations, expect, seedSignedInCouple, test } from "./fixtures";
import { SIGNED_IN_PAGES, SIGNED_OUT_PAGES } from "./pages";

const SIGNED_OUT = SIGNED_OUT_PAGES;
const SIGNED_IN = SIGNED_IN_PAGES;

async function violationsOn(page: import("@playwright/test").Page, path: string) {
  await page.goto(path);
  return axeViolations(page);
}

test("axe finds no violations on any page, signed out and signed in", async ({ page, context }) => {
  test.slow(); // a full axe run on each of 18 pages
  const found: string[] = [];
  for (const path of SIGNED_OUT) found.push(...(await violationsOn(page, path)));
  await seedSignedInCouple(context, ["Wren", "Xan"]);
  for (const path of SIGNED_IN) found.push(...(await violationsOn(page, path)));
  expect(found).toEqual([]);
});

test("a check-in and a note can be done with the keyboard alone", async ({ page, context }) => {
  await seedSignedInCouple(context, ["Yael", "Zed"]);
  await page.goto("/checkin");
  // Radio groups: Tab into a group, arrows choose.
  await page.getByRole("group", { name: "How pleasant do you feel?" }).getByRole("radio").first().focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Tab");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("#feeling-meaning")).not.toBeEmpty();
  await page.keyboard.press("Tab");
  await page.keyboard.type("Typed without a mouse");
  await page.getByRole("button", { name: "Check in" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Checked in.")).toBeVisible();
  await expect(page.getByText("Typed without a mouse")).toBeVisible();

  await page.goto("/notes/new");
  await page.getByLabel("Your note to Zed").focus();
  await page.keyboard.type("Thank you, from the keyboard");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Sent to Zed.")).toBeVisible();
});
