/**
 * Saves a screenshot of each page at the project's width (phone and desktop)
 * into tests/e2e/.screenshots for a person to look at. Also fails if a page
 * scrolls sideways on a phone.
 */
import { expect, seedSignedInCouple, seedSignedInPerson, signIn, test, testDb, turnOnEncryption } from "./fixtures";
import { SIGNED_OUT_PAGES } from "./pages";

const SIGNED_OUT = [...SIGNED_OUT_PAGES, "/dev/mailbox", "/?deleted=1", "/bad-request"];
const SIGNED_IN = ["/home", "/settings", "/checkin", "/notes", "/practices", "/talk"];

async function capture(page: import("@playwright/test").Page, path: string, project: string, suffix = "", as?: string) {
  await page.goto(path);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  const name = (as ?? (path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "landing")) + suffix;
  await page.screenshot({ path: `tests/e2e/.screenshots/${project}/${name}.png`, fullPage: true });
}

test("signed-out pages", async ({ page }, info) => {
  for (const path of SIGNED_OUT) await capture(page, path, info.project.name);
});

test("signed-in pages", async ({ page, context }, info) => {
  const person = await seedSignedInPerson(context, { name: "Jordan" });
  for (const path of SIGNED_IN) await capture(page, path, info.project.name);
  await testDb().user.update({ where: { id: person.id }, data: { name: null, timeZone: null } });
  await capture(page, "/welcome", info.project.name);
});

test("signed-in pages of a linked person", async ({ page, context }, info) => {
  test.slow(); // some 20 pages, each loaded and saved twice over
  const { me, partner, coupleId } = await seedSignedInCouple(context, ["Jordan", "Riley"]);
  // Riley shared a check-in, so home shows the partner's card with its one-tap responses.
  await testDb().checkIn.create({
    data: {
      authorId: partner.id,
      coupleId,
      pleasantness: 4,
      energy: 2,
      feeling: "content",
      note: "Slow Sunday, feeling good",
      visibility: "SHARED",
    },
  });
  // Three weeks of shared check-ins for the trends, and Riley's hug for one of Jordan's on home.
  const day = 24 * 60 * 60 * 1000;
  await testDb().checkIn.createMany({
    data: Array.from({ length: 21 }, (_, i) => i)
      .filter((i) => i % 3 !== 1)
      .flatMap((i) => [
        {
          authorId: me.id,
          coupleId,
          pleasantness: 2 + (i % 4),
          energy: 1 + ((i * 2) % 5),
          visibility: "SHARED" as const,
          createdAt: new Date(Date.now() - (i + 1) * day),
        },
        {
          authorId: partner.id,
          coupleId,
          pleasantness: 3 + (i % 3),
          energy: 2 + (i % 3),
          visibility: "SHARED" as const,
          createdAt: new Date(Date.now() - (i + 1) * day - 3_600_000),
        },
      ]),
  });
  const jordans = await testDb().checkIn.findFirstOrThrow({ where: { authorId: me.id }, orderBy: { createdAt: "desc" } });
  await testDb().checkInResponse.create({ data: { checkInId: jordans.id, responderId: partner.id, kind: "SENDING_A_HUG" } });
  // Riley reached out twice (one answered) and answered Jordan's hug: home's "Reach out" card with all it can show.
  await testDb().bid.createMany({
    data: [
      { coupleId, senderId: partner.id, recipientId: me.id, kind: "thinking-of-you" },
      {
        coupleId,
        senderId: partner.id,
        recipientId: me.id,
        kind: "miss-you",
        answeredAt: new Date(),
        createdAt: new Date(Date.now() - day),
      },
      { coupleId, senderId: me.id, recipientId: partner.id, kind: "hug", answeredAt: new Date() },
      { coupleId, senderId: me.id, recipientId: partner.id, kind: "proud-of-you" },
    ],
  });
  // Riley's repair list (one phrase of their own kept private), Jordan's two picks, and one sent to Jordan.
  await testDb().repairPick.create({ data: { userId: partner.id, phraseId: "pause-1" } });
  await testDb().repairPick.createMany({
    data: [
      { userId: partner.id, text: "Make us a cup of tea and sit with me." },
      { userId: partner.id, text: "Remind me we're on the same side.", private: true },
      { userId: me.id, phraseId: "sorry-1" },
      { userId: me.id, phraseId: "calm-3" },
      { userId: me.id, text: "Hold my hand for a minute.", private: true },
    ],
  });
  const jordansPick = await testDb().repairPick.findFirstOrThrow({ where: { userId: me.id, phraseId: "sorry-1" } });
  await testDb().repairSent.create({ data: { coupleId, senderId: partner.id, recipientId: me.id, pickId: jordansPick.id } });
  await testDb().apology.create({
    data: {
      coupleId,
      authorId: partner.id,
      recipientId: me.id,
      happened: "I snapped at you about the dishes on Thursday.",
      effect: "You felt blamed for something that wasn't yours, after a long day.",
      change: "When I'm tired I'll say so first, instead of picking at things.",
      ask: "What would help you now?",
    },
  });
  for (const path of [
    "/home",
    "/repair",
    "/repair/apology",
    "/settings",
    "/checkin",
    "/checkin/history",
    "/checkin/trends",
    "/checkin/trends?days=7",
    "/checkin/trends?days=90",
    "/practices",
    "/practices/active-listening",
    "/notes",
    "/notes/new",
    "/bids?kind=hug",
  ]) {
    await capture(page, path, info.project.name, "-linked");
  }
  // Both answered today's question (opened on home above): home shows both answers, the archive keeps them.
  const today = await testDb().dailyQuestion.findFirstOrThrow({ where: { scopeKey: `couple:${coupleId}` } });
  await testDb().questionAnswer.createMany({
    data: [
      { dailyQuestionId: today.id, authorId: me.id, coupleId, body: "Cooking together on Friday, with music on." },
      { dailyQuestionId: today.id, authorId: partner.id, coupleId, body: "The long walk after the rain." },
    ],
  });
  await capture(page, "/questions", info.project.name, "-linked");
  await capture(page, "/home", info.project.name, "-linked-answered");
  // A talk where Riley has spoken and it is Jordan's turn to say back what they heard.
  const talk = await testDb().talkExchange.create({
    data: { coupleId, topic: "Sunday mornings", speakerId: partner.id, listenerId: me.id, phase: "REFLECTING", version: 1 },
  });
  await testDb().talkTurn.create({
    data: {
      exchangeId: talk.id,
      authorId: partner.id,
      kind: "SHARE",
      body: "I feel lonely when the phones come out at breakfast, because that's our time.",
    },
  });
  await testDb().agreement.create({ data: { coupleId, text: "Next time, we'll have Sunday breakfast without phones." } });
  await capture(page, "/talk", info.project.name, "-linked");
  await capture(page, `/talk/${talk.id}`, info.project.name, "-linked", "talk-exchange");
});

test("encrypting private notes: the phrase, unlocked, and locked on a new device", async ({ page, context, browser }, info) => {
  const person = await seedSignedInPerson(context, { name: "Jordan" });
  const dir = `tests/e2e/.screenshots/${info.project.name}`;
  const card = page.getByRole("region", { name: "Encrypt my private notes" });
  await page.goto("/settings#encryption");
  await card.screenshot({ path: `${dir}/encryption-off.png` });
  await expect(async () => {
    const start = card.getByRole("button", { name: "Turn on encryption" });
    if (await start.isVisible()) await start.click();
    await expect(card.getByRole("list", { name: "Recovery phrase" })).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await card.screenshot({ path: `${dir}/encryption-phrase.png` });
  await card.getByLabel(/I've written down these 24 words/).check();
  await card.getByRole("button", { name: "Encrypt my private notes" }).click();
  await expect(card.getByText("unlocked on this device")).toBeVisible();
  await card.screenshot({ path: `${dir}/encryption-unlocked.png` });
  await page.goto("/checkin");
  await page.getByRole("group", { name: "Who sees this?" }).getByText("Private (only me)").click();
  await page.getByLabel("Anything to add?").fill("Only mine to read");
  await expect(page.getByText("Encrypted on this device before it's sent")).toBeVisible();
  await page.getByLabel("Anything to add?").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${dir}/checkin-encrypted.png` });

  const laptop = await browser.newContext(info.project.use);
  await signIn(laptop, person.id);
  const other = await laptop.newPage();
  await testDb().checkIn.create({
    data: { authorId: person.id, pleasantness: 2, energy: 2, visibility: "PRIVATE", sealedNote: `k1.${"A".repeat(60)}` },
  });
  await capture(other, "/checkin/history", info.project.name, "", "history-locked");
  await other.goto("/settings#encryption");
  await other.getByRole("region", { name: "Encrypt my private notes" }).getByLabel("Your 24-word recovery phrase").waitFor();
  await other.getByRole("region", { name: "Encrypt my private notes" }).screenshot({ path: `${dir}/encryption-locked.png` });
  await laptop.close();
});

test("encrypting our words: ready to turn on, on, and the notes it seals", async ({ page, context, browser }, info) => {
  const { partner } = await seedSignedInCouple(context, ["Jordan", "Casey"]);
  const dir = `tests/e2e/.screenshots/${info.project.name}`;
  const partnerContext = await browser.newContext(info.project.use);
  await signIn(partnerContext, partner.id);
  const partnerPage = await partnerContext.newPage();
  await turnOnEncryption(page);
  await turnOnEncryption(partnerPage);
  await page.goto("/settings");
  const card = page.getByRole("region", { name: "Encrypt our words" });
  await card.getByRole("button", { name: "Encrypt our words" }).scrollIntoViewIfNeeded();
  await card.screenshot({ path: `${dir}/our-words-ready.png` });
  await card.getByRole("button", { name: "Encrypt our words" }).click();
  await expect(card.getByText(/send each other are encrypted since/)).toBeVisible();
  await card.screenshot({ path: `${dir}/our-words-on.png` });
  await page.goto("/notes/new");
  await page.getByLabel("Your note to Casey").fill("Thank you for waiting up for me last night.\nIt meant a lot.");
  await expect(page.getByText("only the two of you can read it")).toBeVisible();
  await page.screenshot({ path: `${dir}/note-encrypted.png`, fullPage: true });
  await page.getByRole("button", { name: "Send to Casey" }).click();
  await expect(page).toHaveURL(/sent=1/);
  await partnerPage.goto("/notes");
  await expect(partnerPage.getByRole("link", { name: /Thank you for waiting up/ })).toBeVisible();
  await partnerPage.screenshot({ path: `${dir}/notes-encrypted-inbox.png`, fullPage: true });
  await partnerContext.close();
});
