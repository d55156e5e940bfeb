import { axeViolations, expect, test, testDb, twoBrowsers } from "./fixtures";

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
  expect(await axeViolations(b), "the repair list with picks of one's own").toEqual([]);

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
  await expect(a.getByRole("list", { name: "You sent Max lately" }).getByText("“I'm sorry. I got that wrong.”")).toBeVisible();
  await expect(a.getByText("MAX-PRIVATE")).toHaveCount(0);
  await aContext.close();
  await bContext.close();
});

test("a guided apology reaches the partner, who asks for a little time, then to talk it through; the author can delete it", async ({
  browser,
}) => {
  const { a, b, aContext, bContext } = await twoBrowsers(browser, ["Ivo", "Lia"]);
  const streamOpen = b.waitForResponse((response) => response.url().includes("/api/live/events"));
  await b.goto("/home");
  await streamOpen;

  await a.goto("/home");
  await a.getByRole("region", { name: "When it's tense" }).getByRole("link", { name: "Write an apology" }).click();
  await expect(a.getByRole("heading", { name: "An apology to Lia" })).toBeVisible();
  await a.getByLabel("1. What happened").fill("IVO-APOLOGY: I forgot our dinner on Friday.");
  await a.getByLabel("2. How it affected them").fill("You waited alone, but I was busy");
  await expect(a.getByText(/An apology lands better without a “but”/)).toBeVisible();
  expect(await axeViolations(a), "the apology form with its hint").toEqual([]);
  await a.getByLabel("2. How it affected them").fill("You waited alone and felt you didn't matter to me.");
  await expect(a.getByText(/An apology lands better without a “but”/)).toHaveCount(0);
  await a.getByLabel("3. What you will do differently").fill("I'll put our evenings in my calendar.");
  await expect(a.getByLabel("4. Ask what would help")).toHaveValue("What would help you now?");
  await a.getByRole("button", { name: "Send to Lia" }).click();
  await expect(a.getByText("Sent to Lia. They can answer when they're ready.")).toBeVisible();
  const mine = a.getByRole("article", { name: /^Your apology of/ });
  await expect(mine).toContainText("Waiting for Lia's answer. There is no hurry.");

  // Lia's open home says so by itself, without the words.
  const tense = b.getByRole("region", { name: "When it's tense" });
  await expect(tense.getByText("Ivo sent you an apology.")).toBeVisible({ timeout: 3_000 });
  await expect(b.getByText("IVO-APOLOGY")).toHaveCount(0);
  await tense.getByRole("link", { name: "Read it when you're ready" }).click();
  const theirs = b.getByRole("article", { name: /^Ivo's apology of/ });
  await expect(theirs).toContainText("IVO-APOLOGY: I forgot our dinner on Friday.");
  await expect(theirs).toContainText("What would help you now?");
  expect(await axeViolations(b), "an apology to answer").toEqual([]);
  await theirs.getByRole("button", { name: "I need a little time" }).click();
  await expect(theirs).toContainText("You asked for a little time. Answer whenever you're ready.");
  await expect(mine).toContainText("Lia asked for a little time.", { timeout: 3_000 });

  await theirs.getByRole("button", { name: "Can we talk it through?" }).click();
  await expect(b.getByRole("heading", { name: "About the apology: IVO-APOLOGY: I forgot our dinner on Friday.", level: 1 })).toBeVisible();
  await expect(b.getByRole("heading", { name: "Your turn to speak" })).toBeVisible();

  await a.goto("/repair");
  await expect(mine).toContainText("Lia would like to talk it through.");
  await expect(mine.getByRole("link", { name: "Open the talk" })).toBeVisible();
  await mine.getByText("Delete this apology").click();
  await mine.getByRole("button", { name: "Delete it for both of us" }).click();
  await expect(a.getByRole("article", { name: /^Your apology of/ })).toHaveCount(0);
  await b.goto("/repair");
  await expect(b.getByRole("article", { name: /^Ivo's apology of/ })).toHaveCount(0);
  await aContext.close();
  await bContext.close();
});
