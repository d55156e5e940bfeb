import { expect, test, twoBrowsers } from "./fixtures";

test("today's question for two, revealed together; then B guesses how A feels and sees how well they read each other", async ({
  browser,
}) => {
  const { a, b, aContext, bContext } = await twoBrowsers(browser, ["Gia", "Hal"]);

  // A answers first.
  await a.goto("/home");
  const aToday = a.getByRole("region", { name: "Today's question for you both" });
  const question = (await aToday.locator("p.font-serif").textContent())!;
  await expect(aToday.getByText("Your answers stay hidden until you've both answered")).toBeVisible();
  await aToday.getByLabel("Your answer").fill("GIA-ANSWER: the walk by the river on Sunday.");
  await aToday.getByRole("button", { name: "Answer" }).click();
  await expect(aToday.getByText("GIA-ANSWER: the walk by the river on Sunday.")).toBeVisible();
  await expect(aToday.getByText("Hal hasn't answered yet.")).toBeVisible();

  // B sees that A answered, not what; Home's tab carries a badge.
  await b.goto("/home");
  const bToday = b.getByRole("region", { name: "Today's question for you both" });
  await expect(bToday.getByText(question)).toBeVisible();
  await expect(bToday.getByText("Gia answered. Answer to see theirs.")).toBeVisible();
  await expect(b.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Home\s*1 new/ })).toBeVisible();
  expect(await b.content()).not.toContain("GIA-ANSWER");

  // B answers: both see both.
  await bToday.getByLabel("Your answer").fill("Hal: dinner with your parents.");
  await bToday.getByRole("button", { name: "Answer" }).click();
  await expect(bToday.getByText("GIA-ANSWER: the walk by the river on Sunday.")).toBeVisible();
  await a.reload();
  await expect(aToday.getByText("Hal: dinner with your parents.")).toBeVisible();

  // B hearts A's answer and asks to hear more: a note to A that quotes the question.
  await bToday.getByRole("button", { name: "♡ Heart" }).click();
  await expect(bToday.getByRole("button", { name: "♥ Hearted" })).toHaveAttribute("aria-pressed", "true");
  await bToday.getByRole("link", { name: "Tell me more" }).click();
  await expect(b.getByLabel("Your note to Gia")).toHaveValue(`About “${question}”: tell me more about your answer. `);
  await b.getByLabel("Your note to Gia").pressSequentially("What made it special?");
  await b.getByRole("button", { name: "Send to Gia" }).click();
  await expect(b.getByText("Sent to Gia.")).toBeVisible();

  // The archive keeps both, and finds them.
  await b.goto("/questions");
  await b.getByLabel("Search the questions and answers").fill("river");
  await b.getByRole("button", { name: "Search" }).click();
  await expect(b.getByText("GIA-ANSWER: the walk by the river on Sunday.")).toBeVisible();
  await expect(b.getByText("Hal: dinner with your parents.")).toBeVisible();

  // A shares a check-in; B guesses before seeing it.
  await a.goto("/checkin");
  await a.getByRole("group", { name: "How pleasant do you feel?" }).getByText("4", { exact: true }).click();
  await a.getByRole("group", { name: "How much energy do you have?" }).getByText("2", { exact: true }).click();
  await a.getByRole("group", { name: "A word for it? (optional)" }).getByText("calm", { exact: true }).click();
  await a
    .getByRole("group", { name: "Who sees this?" })
    .getByText(/^Shared with/)
    .click();
  await a.getByRole("button", { name: "Check in" }).click();
  await expect(a.getByText("Checked in.")).toBeVisible();

  await b.goto("/home");
  const guess = b.getByRole("group", { name: "Before you look: how do you think Gia feels?" });
  await expect(guess).toBeVisible();
  await expect(b.getByRole("region", { name: "You and Gia" }).getByText("calm", { exact: true })).toHaveCount(0);
  await guess.getByText("Heavy").click();
  await b.getByLabel("A word, if one comes to mind").selectOption("tired");
  await b.getByRole("button", { name: "Guess", exact: true }).click();
  await expect(b.getByText("A little different: Gia feels settled (calm); you guessed heavy (tired).")).toBeVisible();

  await b.goto("/checkin/trends");
  const reading = b.getByRole("region", { name: "How well you read each other" });
  await expect(reading.getByText("You: 0 of 1 guess in the right mood (0%).")).toBeVisible();
  await expect(reading.getByText("Gia: no guesses yet.")).toBeVisible();

  await aContext.close();
  await bContext.close();
});
