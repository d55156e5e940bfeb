import { expect, test, twoBrowsers } from "./fixtures";

/**
 * "Live" is a stream, not a poll: a partner's move shows up in the other
 * browser within a second (median of ten turns, timed from the click), and
 * the watching browser does not poll.
 */
test("a partner's turn appears in the other browser within a second: median over ten turns", async ({ browser }, info) => {
  test.slow(); // ten turns between two browsers
  const { a, b, aContext, bContext } = await twoBrowsers(browser, ["Mika", "Noa"]);
  const polls: string[] = [];
  for (const page of [a, b]) {
    page.on("request", (request) => {
      if (/\/pulse(\?|$)/.test(request.url()) && !request.url().includes("writing=1")) polls.push(request.url());
    });
  }

  await a.goto("/talk");
  await a.getByLabel("What would you like to talk about?").fill("Evenings");
  await a.getByLabel("I'll speak first").check();
  await a.getByRole("button", { name: "Start the talk" }).click();
  await expect(a.getByRole("heading", { name: "Evenings" })).toBeVisible();
  await b.goto(a.url().replace(/^https?:\/\/[^/]+/, ""));
  await expect(b.getByRole("heading", { name: "Mika is speaking. Listen first; your side comes when you swap." })).toBeVisible();

  const delays: number[] = [];
  async function timed(submit: () => Promise<void>, seen: () => Promise<void>) {
    const start = Date.now();
    await submit();
    await seen();
    delays.push(Date.now() - start);
  }

  await a.getByLabel("How it is for you").fill("I feel rushed in the evenings, and I'd like one slow dinner a week.");
  await timed(
    () => a.getByRole("button", { name: "Share" }).click(),
    () => expect(b.getByText("I feel rushed in the evenings")).toBeVisible(),
  );
  for (let round = 1; delays.length < 10; round++) {
    await b.getByLabel("What you heard").fill(`What I hear you saying is evenings feel rushed (try ${round}).`);
    await timed(
      () => b.getByRole("button", { name: "Say it back" }).click(),
      () => expect(a.getByText(`evenings feel rushed (try ${round})`)).toBeVisible(),
    );
    if (delays.length === 10) break;
    await a.getByRole("button", { name: "Not quite" }).click();
    await a.getByLabel("What did they miss?").fill(`It's the dinner especially (${round}).`);
    await timed(
      () => a.getByRole("button", { name: "Send: not quite" }).click(),
      () => expect(b.getByText(`It's the dinner especially (${round})`)).toBeVisible(),
    );
  }

  const sorted = [...delays].sort((x, y) => x - y);
  const median = (sorted[4]! + sorted[5]!) / 2;
  const summary = `talk turn to partner's screen: p50 ${median} ms, max ${sorted.at(-1)} ms over ${delays.length} turns (${delays.join(", ")} ms)`;
  console.log(`[${info.project.name}] ${summary}`);
  await info.attach("turn-latency", { body: summary, contentType: "text/plain" });
  expect(polls, "an open talk with a stream does not poll").toEqual([]);
  expect(median).toBeLessThan(1_000);
  await aContext.close();
  await bContext.close();
});
