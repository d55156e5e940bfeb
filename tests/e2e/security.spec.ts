import { expect, seedSignedInCouple, test } from "./fixtures";
import { SIGNED_IN_PAGES, SIGNED_OUT_PAGES } from "./pages";

const SIGNED_OUT = [...SIGNED_OUT_PAGES, "/dev/mailbox"];
const SIGNED_IN = SIGNED_IN_PAGES;

function expectSecurityHeaders(headers: Record<string, string>, path: string) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp, path).toContain("frame-ancestors 'none'");
  expect(headers["strict-transport-security"], path).toMatch(/max-age=\d{8}/);
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], path).toContain("camera=()");
}

test("every page carries a strict CSP with a fresh nonce and the other security headers, and still works", async ({ page, context }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const nonces = new Set<string>();
  for (const path of SIGNED_OUT) {
    const response = await page.goto(path);
    expectSecurityHeaders(response!.headers(), path);
    nonces.add(/'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"]!)![1]!);
  }
  await seedSignedInCouple(context, ["Uma", "Vic"]);
  for (const path of SIGNED_IN) {
    const response = await page.goto(path);
    expectSecurityHeaders(response!.headers(), path);
    nonces.add(/'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"]!)![1]!);
  }
  expect(nonces.size).toBe(SIGNED_OUT.length + SIGNED_IN.length);
  // Hydrated under the policy: a client-side interaction works.
  await page.goto("/checkin");
  await page.getByRole("group", { name: "How pleasant do you feel?" }).getByText("4", { exact: true }).click();
  await page.getByRole("group", { name: "How much energy do you have?" }).getByText("4", { exact: true }).click();
  await expect(page.getByRole("group", { name: "A word for it? (optional)" }).getByText("joyful", { exact: true })).toBeVisible();
  expect(violations).toEqual([]);
});

test("static files carry the security headers too, and the app can be installed", async ({ request }) => {
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.ok()).toBe(true);
  expect(manifest.headers()["x-content-type-options"]).toBe("nosniff");
  const body = await manifest.json();
  expect(body).toMatchObject({ name: "Kindred", display: "standalone", start_url: "/home", theme_color: "#b4533c" });
  for (const icon of body.icons.filter((i: { type: string }) => i.type === "image/png")) {
    const file = await request.get(icon.src);
    expect(file.ok(), icon.src).toBe(true);
    expect(file.headers()["strict-transport-security"]).toBeTruthy();
  }
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  const { signInThroughMailbox, uniqueEmail } = await import("./fixtures");
  await signInThroughMailbox(page, uniqueEmail("cookie"));
  const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("random JSON sent to the check-in endpoint never causes a 500 or stores anything malformed", async ({ context }) => {
  const fc = (await import("fast-check")).default;
  const { me } = await seedSignedInCouple(context, ["Fuzz", "Buzz"]);
  const value = fc.oneof(
    fc.string({ maxLength: 600 }),
    fc.integer({ min: -10, max: 10 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom("SHARED", "PRIVATE", "hopeful", "calm", "HUG", "4", "2"),
  );
  const body = fc.record(
    { pleasantness: value, energy: value, feeling: value, note: value, visibility: value, need: value },
    { requiredKeys: [] },
  );
  const statuses = new Set<number>();
  await fc.assert(
    fc.asyncProperty(body, async (data) => {
      const response = await context.request.post("/api/checkins", { data });
      statuses.add(response.status());
      expect([201, 422]).toContain(response.status());
    }),
    { numRuns: 50 },
  );
  const stored = await (await import("./fixtures")).testDb().checkIn.findMany({ where: { authorId: me.id } });
  for (const row of stored) {
    expect(row.pleasantness).toBeGreaterThanOrEqual(1);
    expect(row.energy).toBeLessThanOrEqual(5);
    expect((row.note ?? "").length).toBeLessThanOrEqual(500);
  }
  expect(statuses.has(422)).toBe(true);
});

test("writes are rate-limited per person, with a clear message", async ({ context }) => {
  await seedSignedInCouple(context, ["Hasty", "Calm"]);
  const data = { pleasantness: 2, energy: 2, feeling: "tired", visibility: "PRIVATE" };
  // Windows are fixed minutes, so the run may straddle two: within two windows' worth, one write must be refused.
  let accepted = 0;
  let refused: import("@playwright/test").APIResponse | null = null;
  for (let i = 0; i < 121 && !refused; i++) {
    const response = await context.request.post("/api/checkins", { data });
    if (response.status() === 201) accepted++;
    else refused = response;
  }
  expect(refused?.status()).toBe(429);
  expect(accepted).toBeGreaterThanOrEqual(60);
  expect(accepted).toBeLessThanOrEqual(120);
  expect((await refused!.json()).error).toMatch(/Please wait \d+ seconds/);
});

test("an unknown page or another couple's record shows a friendly not-found page", async ({ page, context }) => {
  await seedSignedInCouple(context, ["Ida", "Jon"]);
  const response = await page.goto("/checkin/not-a-real-id/edit");
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that" })).toBeVisible();
  await page.goto("/no-such-page");
  await expect(page.getByRole("link", { name: "Go home" })).toBeVisible();
});
