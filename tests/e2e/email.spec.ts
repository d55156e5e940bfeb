import { TZDate } from "@date-fns/tz";
import type { Page } from "@playwright/test";
import { expect, runEmailJob, seedSignedInCouple, test, testDb } from "./fixtures";

/** In Settings, as a person does: the digest on, at the local weekday and hour of `at`. */
async function scheduleDigest(page: Page, at: TZDate) {
  await page.goto("/settings");
  const email = page.getByRole("region", { name: "What reaches you" });
  await email.getByLabel("Send me a digest of our week").check();
  await email.getByLabel("Digest day").selectOption(String(at.getDay()));
  await email.getByLabel("Digest time").selectOption(String(at.getHours()));
  await email.getByRole("button", { name: "Save notification preferences" }).click();
  await expect(email.getByText("Notification preferences saved.")).toBeVisible();
}

test("weekly digest: set preferences, run the job at a fixed clock, read the digest, unsubscribe from its link", async ({
  page,
  context,
}, info) => {
  const { me, partner, coupleId } = await seedSignedInCouple(context, ["Quinn", "Rae"]);
  const db = testDb();
  // Rae's week: one shared check-in, one private one, and a note to Quinn.
  await db.checkIn.createMany({
    data: [
      {
        authorId: partner.id,
        coupleId,
        pleasantness: 4,
        energy: 4,
        feeling: "grateful",
        visibility: "SHARED",
        note: "Lovely walk together",
      },
      { authorId: partner.id, coupleId, pleasantness: 1, energy: 1, feeling: "numb", visibility: "PRIVATE", note: "SECRET-DIARY-LINE" },
    ],
  });
  await db.note.create({ data: { authorId: partner.id, recipientId: me.id, coupleId, body: "Thank you for the soup" } });

  // The digest a few days ahead, at this hour, London time (Quinn's zone). The job serves the whole
  // database, so the phone and desktop runs of this spec (in parallel) use different days: each one's
  // job run must not be the one that delivers the other's digest before its check.
  const daysAhead = info.project.name === "phone" ? 2 : 4;
  const due = new TZDate(Date.now() + daysAhead * 86_400_000, "Europe/London");
  await scheduleDigest(page, due);

  const runAt = new Date(new TZDate(due.getFullYear(), due.getMonth(), due.getDate(), due.getHours(), 5, "Europe/London").getTime());
  // The job serves the whole database (other specs' people too), so look only at Quinn's mail.
  const quinnsMail = () => db.outboxEmail.count({ where: { to: me.email.toLowerCase() } });
  await runEmailJob(new Date(runAt.getTime() - 10 * 60_000));
  expect(await quinnsMail()).toBe(0);
  await runEmailJob(runAt);
  await runEmailJob(runAt); // a second run sends nothing more
  expect(await quinnsMail()).toBe(1);

  await page.goto(`/dev/mailbox?to=${encodeURIComponent(me.email)}`);
  await expect(page.getByRole("link", { name: "Your week with Rae" })).toHaveCount(1);
  await page.getByRole("link", { name: "Your week with Rae" }).click();
  await expect(page.getByText("List-Unsubscribe-Post:")).toBeVisible();
  const preview = page.frameLocator("iframe[title='Email as HTML']");
  await expect(preview.getByText(/grateful/)).toBeVisible();
  await expect(preview.getByText(/Lovely walk together/)).toBeVisible();
  await expect(preview.getByText(/Thank you for the soup/)).toBeVisible();
  await expect(preview.getByText(/SECRET-DIARY-LINE/)).toHaveCount(0);
  await expect(preview.getByText(/numb/)).toHaveCount(0);

  await page.getByRole("region", { name: "Links in this email" }).getByRole("link", { name: "Unsubscribe from the weekly digest" }).click();
  // Opening the link (as an email scanner would) changes nothing; one tap does.
  await expect(page.getByRole("heading", { name: "Unsubscribe from the weekly digest?" })).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).digestEnabled).toBe(true);
  await page.screenshot({ path: `tests/e2e/.screenshots/${test.info().project.name}/unsubscribe-confirm.png`, fullPage: true });
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("heading", { name: "You're unsubscribed" })).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).digestEnabled).toBe(false);
  await page.getByRole("button", { name: "Resubscribe to the weekly digest" }).click();
  await expect(page.getByText("You're subscribed to the weekly digest again.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "You're subscribed again" })).toBeVisible();
  await expect(page.getByText("You're unsubscribed")).toHaveCount(0);
  expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).digestEnabled).toBe(true);
});

test("the job endpoint refuses a caller without the cron secret", async ({ request }) => {
  expect((await request.get("/api/cron/email")).status()).toBe(401);
  expect((await request.get("/api/cron/email", { headers: { authorization: "Bearer wrong" } })).status()).toBe(401);
});

test("mail providers' one-click unsubscribe works without signing in, and a forged token does not", async ({ request, context }) => {
  const { me } = await seedSignedInCouple(context, ["Sol", "Tam"]);
  const forged = await request.post(`/api/unsubscribe?token=${encodeURIComponent(`${me.id}.digest.forged-signature-forged-signat`)}`);
  expect(forged.status()).toBe(404);
  expect((await testDb().user.findUniqueOrThrow({ where: { id: me.id } })).digestEnabled).toBe(true);
});

test("no digest in a person's first day, even when its hour comes right after they sign up", async ({ page, context }) => {
  const { me, partner, coupleId } = await seedSignedInCouple(context, ["Uri", "Vee"]);
  await testDb().checkIn.create({
    data: { authorId: partner.id, coupleId, pleasantness: 4, energy: 4, feeling: "grateful", visibility: "SHARED" },
  });
  // The digest set to this very hour, London time, moments after signing up.
  const now = new TZDate(Date.now(), "Europe/London");
  await scheduleDigest(page, now);
  await runEmailJob(new Date(Date.now() + 60_000));
  expect(await testDb().outboxEmail.count({ where: { to: me.email.toLowerCase(), subject: { startsWith: "Your week" } } })).toBe(0);
});
