import { expect, seedSignedInCouple, test, twoBrowsers } from "./fixtures";

test("two partners talk it through: share, 'Not quite', reflect again, pause and resume, swap, and close with an agreement", async ({
  browser,
}) => {
  test.slow(); // two browsers through a whole talk: about a minute on a phone under CI's two workers
  const { a, b, aContext, bContext } = await twoBrowsers(browser, ["Ivo", "Jun"]);

  // Ivo starts a talk and speaks first.
  await a.goto("/talk");
  await a.getByLabel("What would you like to talk about?").fill("Sunday mornings");
  await a.getByLabel("I'll speak first").check();
  await a.getByRole("button", { name: "Start the talk" }).click();
  await expect(a.getByRole("heading", { name: "Sunday mornings" })).toBeVisible();
  const talkUrl = a.url();

  // Jun opens it from the list: Ivo is speaking.
  await b.goto("/talk");
  await b.getByRole("link", { name: "Sunday mornings" }).click();
  await expect(b.getByRole("heading", { name: "Ivo is speaking. Listen first; your side comes when you swap." })).toBeVisible();

  // Ivo shares, starting from a stem and a feeling word; "always" brings the soft hint.
  await a.getByRole("group", { name: "Ways to begin" }).getByRole("button", { name: "I feel …" }).click();
  await a.getByText("Feeling words").click();
  await a.getByRole("group", { name: "Feeling words" }).getByRole("button", { name: "lonely", exact: true }).click();
  const share = a.getByLabel("How it is for you");
  await share.pressSequentially("when you always check your phone at breakfast");
  await expect(a.getByText(/Words like “always” and “never”/)).toBeVisible();
  await share.fill(
    "I feel lonely when the phone comes out at breakfast, because that's our time. What I'd like is one slow breakfast a week.",
  );
  await a.getByRole("button", { name: "Share" }).click();
  await expect(a.getByRole("heading", { name: "Jun is saying back what they heard." })).toBeVisible();

  // Jun sees it without reloading, and Ivo sees Jun writing.
  await expect(b.getByText("I feel lonely when the phone comes out at breakfast")).toBeVisible();
  const reflect = b.getByLabel("What you heard");
  await expect(reflect).toHaveValue("What I hear you saying is ");
  await reflect.pressSequentially("you want more time with me.");
  await expect(a.getByText("Jun is writing…")).toBeVisible({ timeout: 15_000 });
  await b.getByRole("button", { name: "Say it back" }).click();

  // "Not quite": Ivo says what was missed, and Jun tries again.
  await expect(a.getByRole("heading", { name: "Did they get it?" })).toBeVisible();
  await a.getByRole("button", { name: "Not quite" }).click();
  await a.getByLabel("What did they miss?").fill("It's breakfast especially: it's the one time we have.");
  await a.getByRole("button", { name: "Send: not quite" }).click();
  await expect(b.getByText("It's breakfast especially")).toBeVisible();
  await b.getByLabel("What you heard").fill("What I hear you saying is breakfast is our one shared time, and the phone takes it.");
  await b.getByRole("button", { name: "Say it back" }).click();
  await a.getByRole("button", { name: "Yes, that's it" }).click();

  // Roles swap: Jun speaks. First Jun asks for a break; Ivo sees it live, then resumes it.
  await expect(b.getByRole("heading", { name: "Your turn to speak" })).toBeVisible();
  await b.getByText("Take a break").click();
  await b.getByLabel("20 minutes").check();
  await b.getByRole("button", { name: "Pause the talk" }).click();
  await expect(b.getByRole("heading", { name: /On a break until/ })).toBeVisible();
  await expect(a.getByRole("heading", { name: /On a break until/ })).toBeVisible();
  await expect(a.getByText(/Jun: “I need a short break/)).toBeVisible();
  await a.getByRole("button", { name: "Resume now" }).click();
  await expect(b.getByRole("heading", { name: "Your turn to speak" })).toBeVisible();

  await b.getByLabel("How it is for you").fill("I feel tired in the mornings, and the news helps me wake up.");
  await b.getByRole("button", { name: "Share" }).click();
  await expect(a.getByLabel("What you heard")).toBeVisible();
  await a.getByLabel("What you heard").fill("What I hear you saying is the news helps you wake up when you're tired.");
  await a.getByRole("button", { name: "Add “It makes sense that you'd feel”" }).click();
  await a.getByLabel("It makes sense that…").fill("It makes sense that you'd reach for it, because mornings are hard for you.");
  await a.getByRole("button", { name: "Say it back" }).click();
  await b.getByRole("button", { name: "Yes, that's it" }).click();

  // Both heard: either closes; each names what they appreciated; an agreement is kept.
  await b.getByRole("button", { name: "Close the talk" }).click();
  await expect(b.getByRole("heading", { name: "Closing" })).toBeVisible();
  await b.getByLabel("One thing you appreciated in how Ivo listened").fill("You made room for my mornings.");
  await b.getByLabel("A small agreement").fill("Next time, we'll have Sunday breakfast without phones.");
  await b.getByRole("button", { name: "Finish" }).click();
  await expect(b.getByRole("heading", { name: "Waiting for Ivo's closing note." })).toBeVisible();
  await expect(a.getByRole("heading", { name: "Closing" })).toBeVisible();
  await a.getByLabel("One thing you appreciated in how Jun listened").fill("You tried again when I said not quite.");
  await a.getByRole("button", { name: "Finish" }).click();
  await expect(a.getByRole("heading", { name: "You talked it through. Thank you both for listening." })).toBeVisible();
  await expect(b.getByRole("heading", { name: "You talked it through. Thank you both for listening." })).toBeVisible();

  await b.goto("/talk");
  const agreements = b.getByRole("region", { name: "Our agreements" });
  await expect(agreements.getByText("Next time, we'll have Sunday breakfast without phones.")).toBeVisible();
  await agreements.getByRole("button", { name: "We kept it" }).click();
  await expect(agreements.getByText(/· Kept/)).toBeVisible();

  // Either may delete it for both.
  await a.goto(talkUrl);
  await a.getByText("Delete this talk").click();
  await a.getByRole("button", { name: "Delete it for both of us" }).click();
  await expect(a.getByText("The talk was deleted for both of you.")).toBeVisible();
  await b.goto(talkUrl);
  await expect(b.getByRole("heading", { name: /not found|couldn't find/i })).toBeVisible();

  await aContext.close();
  await bContext.close();
});

test("a talk's live stream is its couple's only: the partner gets events, a stranger 404 and a signed-out caller 401", async ({
  browser,
  playwright,
}) => {
  const { a, b, aContext, bContext } = await twoBrowsers(browser, ["Pax", "Quinn"]);
  await a.goto("/talk");
  await a.getByLabel("What would you like to talk about?").fill("Holidays");
  await a.getByRole("button", { name: "Start the talk" }).click();
  await expect(a.getByRole("heading", { name: "Holidays" })).toBeVisible();
  const events = `${new URL(a.url()).pathname.replace(/^\/talk\//, "/api/talk/")}/events`;

  // The partner's browser reads the first event: the talk's current version.
  await b.goto("/talk");
  const first = await b.evaluate(
    (url) =>
      new Promise<string>((resolve, reject) => {
        const source = new EventSource(url);
        source.addEventListener("pulse", (event) => {
          source.close();
          resolve((event as MessageEvent<string>).data);
        });
        source.onerror = () => reject(new Error("the stream did not open"));
      }),
    events,
  );
  expect(JSON.parse(first)).toMatchObject({ version: 0, partnerWriting: false });

  const strangerContext = await browser.newContext();
  await seedSignedInCouple(strangerContext, ["Ray", "Sky"]);
  expect((await strangerContext.request.get(events)).status()).toBe(404);
  const signedOut = await playwright.request.newContext({ baseURL: new URL(a.url()).origin });
  expect((await signedOut.get(events)).status()).toBe(401);
  await signedOut.dispose();
  for (const context of [aContext, bContext, strangerContext]) await context.close();
});
