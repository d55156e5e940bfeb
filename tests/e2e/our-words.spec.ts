import type { Page } from "@playwright/test";
import { axeViolations, encryptionCard, expect, signedInContext, test, testDb, turnOnEncryption, twoBrowsers } from "./fixtures";

async function ourWordsCard(page: Page) {
  // Not with the hash: a page already at /settings#… would not load again.
  await page.goto("/settings");
  return page.getByRole("region", { name: "Encrypt our words" });
}

async function sendNote(page: Page, partner: string, words: string) {
  await page.goto("/notes/new");
  await page.getByLabel(`Your note to ${partner}`).fill(words);
  await page.getByRole("button", { name: `Send to ${partner}` }).click();
  await expect(page).toHaveURL(/sent=1/);
}

test.describe("encrypting our words", () => {
  test("two partners encrypt their notes and replies: earlier ones are sealed, new ones are sealed in the browser, and each reads them on their own devices only once unlocked", async ({
    browser,
  }) => {
    const { a, b, me, partner } = await twoBrowsers(browser, ["Alex", "Blake"]);
    await sendNote(a, "Blake", "EARLIER: thank you for the soup when I was ill");

    // Each needs their own encryption first: Alex turns it on, then waits for Blake.
    const first = await ourWordsCard(a);
    await expect(first.getByText(/First turn on/)).toBeVisible();
    await turnOnEncryption(a);
    await expect((await ourWordsCard(a)).getByText(/Waiting for Blake/)).toBeVisible();
    const blakesPhrase = await turnOnEncryption(b);

    const card = await ourWordsCard(a);
    await expect(card.getByText(/Before you turn it on/)).toBeVisible();
    expect(await axeViolations(a)).toEqual([]);
    await card.getByRole("button", { name: "Encrypt our words" }).click();
    await expect(card.getByRole("status").first()).toContainText(
      "Your words are encrypted between you now. 1 earlier note or reply is now encrypted too.",
    );
    await expect(card.getByText(/send each other are encrypted since/)).toBeVisible();

    // A new note is sealed in Alex's browser.
    await a.goto("/notes/new");
    await expect(a.getByText("Encrypted on this device before it's sent: only the two of you can read it.")).toBeVisible();
    await sendNote(a, "Blake", "NEW: I loved walking home with you tonight\nand the stars");
    const notes = await testDb().note.findMany({ where: { authorId: me.id }, orderBy: { createdAt: "asc" } });
    expect(notes.map((note) => [note.body, /^k1\./.test(note.sealedBody ?? "")])).toEqual([
      [null, true],
      [null, true],
    ]);
    await expect(a.getByRole("article", { name: /Sent note \(encrypted\)/ }).first()).toContainText("NEW: I loved walking home");

    // Blake reads both and replies; the reply is sealed in Blake's browser.
    await b.goto("/notes");
    await expect(b.getByRole("link", { name: /NEW: I loved walking home with you tonight/ })).toBeVisible();
    await expect(b.getByText("and the stars")).toHaveCount(0);
    await expect(b.getByRole("link", { name: /EARLIER: thank you for the soup/ })).toBeVisible();
    await b.getByRole("link", { name: /NEW: I loved walking home/ }).click();
    await expect(b.getByText(/and the stars/)).toBeVisible();
    await b.getByLabel("Reply with a short thank-you").fill("REPLY: me too, every step");
    await b.getByRole("button", { name: "Send reply" }).click();
    await expect(b.getByText("Your reply:")).toBeVisible();
    await expect(b.getByText("REPLY: me too, every step")).toBeVisible();
    const replied = await testDb().note.findFirstOrThrow({ where: { authorId: me.id, repliedAt: { not: null } } });
    expect(replied.reply).toBeNull();
    expect(replied.sealedReply).toMatch(/^k1\./);
    await a.goto("/notes?tab=sent");
    await expect(a.getByText("REPLY: me too, every step")).toBeVisible();

    // Blake on a new device: locked (and unable to write) until the phrase unlocks it.
    const laptop = await signedInContext(browser, partner.id);
    const page = await laptop.newPage();
    await page.goto("/notes");
    await expect(page.getByText(/Encrypted\. Unlock your notes on this device/).first()).toBeVisible();
    await expect(page.getByText("NEW: I loved walking home")).toHaveCount(0);
    await page.goto("/notes/new");
    await page.getByLabel("Your note to Alex").fill("LOCKED: should not leave");
    await page.getByRole("button", { name: "Send to Alex" }).click();
    await expect(page.getByText("Unlock your notes on this device in Settings to write here.")).toBeVisible();
    expect(await testDb().note.count({ where: { authorId: partner.id } })).toBe(0);
    const locked = await encryptionCard(page);
    await locked.getByLabel("Your 24-word recovery phrase").fill(blakesPhrase.join(" "));
    await locked.getByRole("button", { name: "Unlock with the phrase" }).click();
    await expect(locked.getByText("Your private notes are encrypted, and unlocked on this device.")).toBeVisible();
    await page.goto("/notes");
    await expect(page.getByRole("link", { name: /NEW: I loved walking home/ })).toBeVisible();
    await sendNote(page, "Alex", "FROM THE LAPTOP: thank you for the stars");
    expect(await testDb().note.count({ where: { authorId: partner.id, body: null, sealedBody: { startsWith: "k1." } } })).toBe(1);
    await a.goto("/notes");
    await expect(a.getByRole("link", { name: /FROM THE LAPTOP/ })).toBeVisible();
    await laptop.close();
  });
});
