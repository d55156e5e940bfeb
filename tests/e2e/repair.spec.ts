import { expect, test, testDb, twoBrowsers } from "./fixtures";

/**
 * Our repair list: each picks the words they would welcome hearing (and may
 * keep some private); in a hard moment the other sends one in one tap, from
 * home or from within a talk, and it shows on the first one's open home.
 */
test("a partner picks repair phrases; the other sends one in one tap from home and from a talk; private ones stay private", async ({
  browser,
}) => {
  const { a, b, aContext, bContext, me, partner } = await twoBrowsers(browser, ["Noa", "Max"]);

  await b.goto("/repair");
  await expect(b.getByRole("heading", { name: "Our repair list", level: 1 })).toBeVisible();
  const sorry = b.getByRole("region", { name: "Our phrases" }).getByRole("button", { name: "I'm sorry. I got that wrong.", exact: true });
  await sorry.click();
  await expect(sorry).toHaveAttribute("aria-pressed", "true");
  await b.getByLabel("Words you'd welcome hearing").fill("MAX-SHARED: hold my hand");
  await b.getByRole("button", { name: "Add to my list" }).click();
  await expect(b.getByRole("status").filter({ hasText: "Added to your list." })).toBeVisible();
  await expect(b.getByLabel("Words you'd welcome hearing")).toHaveValue("");
  await b.getByLabel("Words you'd welcome hearing").fill("MAX-PRIVATE: breathe first");
  await b.getByLabel(/Keep it to myself/).check();
  await b.getByRole("button", { name: "Add to my list" }).click();
  const myList = b.getByRole("region", { name: "What I'd welcome hearing" });
  await expect(myList.getByRole("listitem")).toHaveCount(3);
  await expect(myList.getByRole("listitem").filter({ hasText: "MAX-PRIVATE" })).toContainText("Only me");
  await expect(myList.getByRole("listitem").filter({ hasText: "MAX-SHARED" })).toContainText("Shared with Noa");

  const streamOpen = b.waitForResponse((response) => response.url().includes("/api/live/events"));
  await b.goto("/home");
  await streamOpen;

  await a.goto("/home");
  const tense = a.getByRole("region", { name: "When it's tense" });
  const group = tense.getByRole("group", { name: "Send Max words from their repair list" });
  await expect(group.getByRole("button")).toHaveText([/I'm sorry. I got that wrong./, /MAX-SHARED: hold my hand/]);
  await expect(a.getByText("MAX-PRIVATE")).toHaveCount(0);
  await group.getByRole("button", { name: /MAX-SHARED/ }).click();
  await expect(tense.getByRole("status")).toHaveText("Sent to Max.");

  const received = b.getByRole("region", { name: "When it's tense" }).getByRole("list", { name: "Sent to you by Noa" });
  await expect(received.getByText("Noa: “MAX-SHARED: hold my hand”")).toBeVisible({ timeout: 3_000 });
  await expect(received.getByText("New")).toBeVisible();

  // In the middle of a talk.
  const talk = await testDb().talkExchange.create({
    data: {
      coupleId: (await testDb().coupleMembership.findFirstOrThrow({ where: { userId: me.id } })).coupleId,
      topic: "The dishes",
      speakerId: partner.id,
      listenerId: me.id,
      phase: "SPEAKING",
    },
  });
  await a.goto(`/talk/${talk.id}`);
  await a.getByText("A hard moment? Words Max would welcome hearing").click();
  await a.getByRole("button", { name: "I'm sorry. I got that wrong." }).click();
  await expect(a.getByRole("status").filter({ hasText: "Sent to Max." })).toBeVisible();
  await expect(received.getByText("Noa: “I'm sorry. I got that wrong.”")).toBeVisible({ timeout: 3_000 });

  await a.goto("/repair");
  await expect(a.getByRole("heading", { name: "What Max would welcome hearing" })).toBeVisible();
  await expect(a.getByText("MAX-PRIVATE")).toHaveCount(0);
  await aContext.close();
  await bContext.close();
});
