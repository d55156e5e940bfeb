import { appOrigin, expect, seedSignedInCouple, test, testDb, twoBrowsers } from "./fixtures";

test("A writes a note from a prompt; B sees the unread count, opens it, hearts and replies; A sees read, the heart and the reply", async ({
  browser,
}) => {
  const { a, b, aContext, bContext } = await twoBrowsers(browser, ["Kit", "Lou"]);

  await a.goto("/notes");
  await a.getByRole("link", { name: "Write to Lou" }).click();
  const prompts = a.getByRole("group", { name: /Start from a prompt/ });
  await prompts.getByRole("button").first().click();
  await a.getByLabel("Your note to Lou").pressSequentially("made dinner when I was tired.");
  await a.getByRole("button", { name: "Send to Lou" }).click();
  await expect(a.getByText("Sent to Lou.")).toBeVisible();
  await expect(a.getByText("Not read yet")).toBeVisible();

  await b.goto("/home");
  await expect(b.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Notes\s*1 unread/ })).toBeVisible();
  await b.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Notes/ }).click();
  // Wait for the inbox itself: home's practice of the week may say "new" too.
  await expect(b.getByRole("heading", { name: "Notes", level: 1 })).toBeVisible();
  await expect(b.getByText("New", { exact: true })).toBeVisible();
  await b.getByRole("link", { name: /made dinner when I was tired/ }).click();
  await expect(b.getByText(/made dinner when I was tired\./)).toBeVisible();
  await b.getByRole("button", { name: "Heart" }).click();
  await expect(b.getByRole("button", { name: "Hearted" })).toHaveAttribute("aria-pressed", "true");
  await b.getByLabel("Reply with a short thank-you").fill("You deserved a rest ♥");
  await b.getByRole("button", { name: "Send reply" }).click();
  await expect(b.getByText("Your reply: You deserved a rest ♥")).toBeVisible();

  await a.reload();
  await expect(a.getByText(/Read (Today|Yesterday)/)).toBeVisible();
  await expect(a.getByText("♥ hearted", { exact: false })).toBeVisible();
  await expect(a.getByText("Reply: You deserved a rest ♥")).toBeVisible();

  await aContext.close();
  await bContext.close();
});

test("A unsends an unread note and B never sees it", async ({ browser }) => {
  const { a, b, aContext, bContext, partner } = await twoBrowsers(browser, ["Max", "Noa"]);
  await a.goto("/notes/new");
  await a.getByLabel("Your note to Noa").fill("Sent this too soon");
  await a.getByRole("button", { name: "Send to Noa" }).click();
  await a
    .getByRole("article", { name: /Sent this too soon/ })
    .getByRole("button", { name: "Unsend" })
    .click();
  await expect(a.getByText("You haven't written a note yet.")).toBeVisible();

  await b.goto("/notes");
  await expect(b.getByText("No notes yet.")).toBeVisible();
  await expect(b.getByText("Sent this too soon")).toHaveCount(0);
  expect(await testDb().delivery.count({ where: { userId: partner.id } })).toBe(0);
  await aContext.close();
  await bContext.close();
});

test("an empty note is refused with a message next to the field", async ({ page, context }) => {
  await seedSignedInCouple(context, ["Oli", "Pat"]);
  await page.goto("/notes/new");
  await page.getByRole("button", { name: "Send to Pat" }).click();
  await expect(page.getByText("Write a few words first")).toBeVisible();
});

test("the JSON note and response endpoints follow the same rules as the forms", async ({ context, playwright }) => {
  const { me, partner, coupleId } = await seedSignedInCouple(context, ["Ada", "Bea"]);
  const note = await context.request.post("/api/notes", { data: { body: "Thanks for today" } });
  expect(note.status()).toBe(201);
  expect((await context.request.post("/api/notes", { data: { body: "   " } })).status()).toBe(422);

  const theirs = await testDb().checkIn.create({
    data: { authorId: partner.id, coupleId, pleasantness: 4, energy: 4, feeling: "hopeful", visibility: "SHARED" },
  });
  const hidden = await testDb().checkIn.create({
    data: { authorId: partner.id, coupleId, pleasantness: 1, energy: 1, feeling: "numb", visibility: "PRIVATE" },
  });
  const mine = await testDb().checkIn.create({
    data: { authorId: me.id, coupleId, pleasantness: 4, energy: 4, feeling: "hopeful", visibility: "SHARED" },
  });
  expect((await context.request.post(`/api/checkins/${theirs.id}/responses`, { data: { kind: "SENDING_A_HUG" } })).status()).toBe(200);
  expect((await context.request.post(`/api/checkins/${hidden.id}/responses`, { data: { kind: "SENDING_A_HUG" } })).status()).toBe(404);
  expect((await context.request.post(`/api/checkins/${mine.id}/responses`, { data: { kind: "SENDING_A_HUG" } })).status()).toBe(404);
  expect((await context.request.post(`/api/checkins/${theirs.id}/responses`, { data: { kind: "SHRUG" } })).status()).toBe(422);

  const anonymous = await playwright.request.newContext();
  expect((await anonymous.post(`${appOrigin}/api/notes`, { data: { body: "hi" } })).status()).toBe(401);
  await anonymous.dispose();
});
