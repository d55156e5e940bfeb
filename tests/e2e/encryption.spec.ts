import { readFile } from "node:fs/promises";
import {
  axeViolations,
  checkIn,
  encryptionCard,
  expect,
  seedSignedInCouple,
  signedInContext,
  startAndReadPhrase,
  test,
  testDb,
  twoBrowsers,
  virtualAuthenticator,
} from "./fixtures";

test.describe("encrypting private notes", () => {
  test("a person turns it on with a phrase: earlier and new private notes are stored sealed, read on this device, and on a new device only once unlocked with the phrase", async ({
    browser,
  }) => {
    const { a, b, me, bContext } = await twoBrowsers(browser, ["Alex", "Blake"]);
    await checkIn(a, {
      pleasantness: "2",
      energy: "2",
      feeling: "lonely",
      note: "EARLIER: the quiet week got to me",
      visibility: "Private",
    });

    const card = await encryptionCard(a);
    await expect(card.getByText(/If you lose both|If you lose the phrase/)).toBeVisible();
    const phrase = await startAndReadPhrase(a);
    expect(new Set(phrase).size).toBeGreaterThan(12);
    expect(await axeViolations(a)).toEqual([]);
    // Not without saying the words are kept.
    await card.getByRole("button", { name: "Encrypt my private notes" }).click();
    await expect(card.getByRole("alert")).toContainText("Write the 24 words down first");
    await card.getByLabel(/I've written down these 24 words/).check();
    await card.getByRole("button", { name: "Encrypt my private notes" }).click();
    await expect(card.getByRole("status")).toContainText("Encryption is on. 1 earlier private note is now encrypted too.");
    await expect(card.getByText("Your private notes are encrypted, and unlocked on this device.")).toBeVisible();

    // A new private note is sealed in the browser; shared notes stay words for the partner.
    await a.goto("/checkin");
    await a.getByRole("group", { name: "Who sees this?" }).getByText("Private (only me)").click();
    await expect(a.getByText("Encrypted on this device before it's sent: only you can read it.")).toBeVisible();
    await checkIn(a, { pleasantness: "1", energy: "4", feeling: "anxious", note: "NEW: scared about the move", visibility: "Private" });
    await checkIn(a, { pleasantness: "4", energy: "4", feeling: "excited", note: "SHARED: can't wait for Friday", visibility: "Shared" });

    const rows = await testDb().checkIn.findMany({ where: { authorId: me.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => [row.visibility, row.note, /^k1\./.test(row.sealedNote ?? "")])).toEqual([
      ["PRIVATE", null, true],
      ["PRIVATE", null, true],
      ["SHARED", "SHARED: can't wait for Friday", false],
    ]);

    await a.goto("/checkin/history");
    await expect(a.getByText("EARLIER: the quiet week got to me")).toBeVisible();
    await expect(a.getByText("NEW: scared about the move")).toBeVisible();
    await b.goto("/checkin/history?whose=partner");
    await expect(b.getByText("SHARED: can't wait for Friday")).toBeVisible();
    await expect(b.getByText(/EARLIER|NEW:/)).toHaveCount(0);
    await bContext.close();

    // A new device: the notes are there, locked, until the phrase unlocks them.
    const laptop = await signedInContext(browser, me.id);
    const page = await laptop.newPage();
    await page.goto("/checkin/history");
    await expect(page.getByText("Encrypted note.").first()).toBeVisible();
    await expect(page.getByText("NEW: scared about the move")).toHaveCount(0);
    await page.getByRole("link", { name: "Unlock your notes on this device" }).first().click();
    const locked = page.getByRole("region", { name: "Encrypt my private notes" });
    const field = locked.getByLabel("Your 24-word recovery phrase");
    await field.fill(phrase.slice(0, 23).join(" "));
    await locked.getByRole("button", { name: "Unlock with the phrase" }).click();
    await expect(locked.getByText("A recovery phrase has 24 words; this has 23.")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // Written down with numbers and line breaks, as people do.
    await field.fill(phrase.map((word, i) => `${i + 1}. ${word}`).join("\n"));
    await locked.getByRole("button", { name: "Unlock with the phrase" }).click();
    await expect(locked.getByText("Your private notes are encrypted, and unlocked on this device.")).toBeVisible();
    await page.goto("/checkin/history");
    await expect(page.getByText("NEW: scared about the move")).toBeVisible();

    // Editing there: the note opens in the form and is sealed again.
    await page
      .getByRole("article", { name: /anxious/ })
      .getByRole("link", { name: "Edit or delete" })
      .click();
    await expect(page.getByLabel("Anything to add?")).toHaveValue("NEW: scared about the move");
    await page.getByLabel("Anything to add?").fill("NEW: scared about the move, less now");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/updated=1/);
    await expect(page.getByRole("article", { name: /anxious/ }).getByText("NEW: scared about the move, less now")).toBeVisible();
    const edited = await testDb().checkIn.findFirstOrThrow({ where: { authorId: me.id, feeling: "anxious" } });
    expect(edited.note).toBeNull();
    expect(edited.sealedNote).toMatch(/^k1\./);

    // Locked again here, the words are gone from this device.
    const again = await encryptionCard(page);
    await again.getByRole("button", { name: "Lock on this device" }).click();
    await expect(again.getByLabel("Your 24-word recovery phrase")).toBeVisible();
    await page.goto("/checkin/history");
    await expect(page.getByText("NEW: scared about the move")).toHaveCount(0);
    // Saving an edit while locked keeps the encrypted note as it was: nothing is lost.
    await page
      .getByRole("article", { name: /anxious/ })
      .getByRole("link", { name: "Edit or delete" })
      .click();
    await expect(page.getByText("This note is encrypted and stays as it is.")).toBeVisible();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/updated=1/);
    expect((await testDb().checkIn.findUniqueOrThrow({ where: { id: edited.id } })).sealedNote).toBe(edited.sealedNote);
    await laptop.close();
  });

  test("a passkey with PRF unlocks the notes too (Chromium's virtual authenticator)", async ({ browser }) => {
    const context = await browser.newContext();
    const { me } = await seedSignedInCouple(context, ["Robin", "Sky"]);
    const page = await context.newPage();
    await virtualAuthenticator(page, { prf: true });
    await page.goto("/settings");
    await page.getByRole("button", { name: "Sign in with a passkey next time" }).click();
    await expect(page.getByRole("region", { name: "Passkeys" }).getByRole("listitem")).toHaveCount(1);

    const card = await encryptionCard(page);
    await startAndReadPhrase(page);
    await expect(card.getByLabel(/Also let my passkey unlock my notes/)).toBeChecked();
    await card.getByLabel(/I've written down these 24 words/).check();
    await card.getByRole("button", { name: "Encrypt my private notes" }).click();
    await expect(card.getByRole("status")).toHaveText("Encryption is on.");
    expect(await testDb().vaultPasskeyKey.count({ where: { userId: me.id } })).toBe(1);
    await checkIn(page, { pleasantness: "2", energy: "2", feeling: "lonely", note: "PRF: need a slow Sunday", visibility: "Private" });

    const again = await encryptionCard(page);
    await again.getByRole("button", { name: "Lock on this device" }).click();
    await again.getByRole("button", { name: "Unlock with a passkey" }).click();
    await expect(again.getByText("Your private notes are encrypted, and unlocked on this device.")).toBeVisible();
    await page.goto("/checkin/history");
    await expect(page.getByText("PRF: need a slow Sunday")).toBeVisible();

    // The export holds the note sealed; Settings opens it in the browser.
    const exported = await (await page.request.get("/api/me/export")).text();
    expect(exported).not.toContain("need a slow Sunday");
    const reader = await encryptionCard(page);
    const download = page.waitForEvent("download");
    await reader
      .getByLabel("Read an export")
      .setInputFiles({ name: "kindred-export.json", mimeType: "application/json", buffer: Buffer.from(exported) });
    const opened = JSON.parse(await readFile((await (await download).path())!, "utf8")) as { checkIns: { note: string | null }[] };
    expect(opened.checkIns.map((c) => c.note)).toContain("PRF: need a slow Sunday");
    await expect(reader.getByRole("status")).toContainText("Opened 1 note of the export, downloaded as kindred-export-opened.json");
    await context.close();
  });
});
