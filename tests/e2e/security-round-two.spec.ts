/**
 * Security review, round two (issue 14): same-site requests cannot write
 * through the JSON endpoints, broken addresses and oversized posts get 400 and
 * 413 instead of 500, names cannot carry control or direction characters, and
 * with no proxy in front a client cannot choose the address it is counted by.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startApp } from "../../scripts/lib/app-server";
import { freePort } from "../../scripts/lib/ports";
import { appOrigin, expect, seedSignedInCouple, test, testDb } from "./fixtures";

test("a JSON write from another origin, or dressed as JSON, is refused and stores nothing", async ({ context }) => {
  const { me } = await seedSignedInCouple(context, ["Cora", "Dev"]);
  const foreign = await context.request.post("/api/notes", {
    headers: { origin: "http://evil.example" },
    data: { body: "FORGED-BY-ORIGIN" },
  });
  expect(foreign.status()).toBe(403);
  const sibling = await context.request.post("/api/notes", {
    headers: { "sec-fetch-site": "same-site" },
    data: { body: "FORGED-BY-SITE" },
  });
  expect(sibling.status()).toBe(403);
  const disguised = await context.request.post("/api/notes", {
    headers: { "content-type": "text/plain; application/json" },
    data: JSON.stringify({ body: "FORGED-BY-TYPE" }),
  });
  expect(disguised.status()).toBe(415);
  const own = await context.request.post("/api/notes", { headers: { origin: appOrigin }, data: { body: "Written here" } });
  expect(own.status()).toBe(201);
  expect(await testDb().note.findMany({ where: { authorId: me.id }, select: { body: true } })).toEqual([{ body: "Written here" }]);
});

test.describe(() => {
  // The attacker's page is refused by the browser, which says so in that page's console: the point of the test.
  test.use({ allowedConsoleErrors: [/has been blocked by CORS policy/] });

  test("a page on another port of the same host cannot write a note with the person's cookie", async ({ context, page }) => {
    const { me } = await seedSignedInCouple(context, ["Esme", "Finn"]);
    // The attacker's page: same host, other port, so the browser sends the Lax session cookie along.
    const attack = `<!doctype html><title>Win a prize</title><script>
    const target = ${JSON.stringify(`${appOrigin}/api/notes`)};
    Promise.allSettled([
      fetch(target, { method: "POST", mode: "no-cors", credentials: "include", headers: { "content-type": "text/plain; application/json" }, body: JSON.stringify({ body: "FORGED-NO-CORS" }) }),
      fetch(target, { method: "POST", mode: "cors", credentials: "include", headers: { "content-type": "application/json" }, body: JSON.stringify({ body: "FORGED-CORS" }) }),
    ]).then(() => { document.title = "done"; });
  </script>`;
    const server: Server = createServer((_request, response) => response.writeHead(200, { "content-type": "text/html" }).end(attack));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      await page.goto(`http://localhost:${(server.address() as AddressInfo).port}/`);
      await expect(page).toHaveTitle("done");
      expect(await testDb().note.count({ where: { authorId: me.id } })).toBe(0);
    } finally {
      server.close();
    }
  });
});

test("a broken percent-encoding in an address answers 400 with a friendly page, not a 500", async ({ page, context }) => {
  await seedSignedInCouple(context, ["Gus", "Hal"]);
  for (const path of ["/invite/%E0%A4%A", "/notes/%E0%A4%A", "/practices/%E0%A4%A"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(400);
    await expect(page.getByRole("heading", { name: "That address doesn't work" })).toBeVisible();
  }
  const api = await context.request.post("/api/checkins/%E0%A4%A/responses", { data: { kind: "SENDING_A_HUG" } });
  expect(api.status()).toBe(400);
  expect(await api.json()).toEqual({ error: "That address is not valid." });
});

test("a form post over the size limit answers 413, not a 500", async ({ context }) => {
  await seedSignedInCouple(context, ["Ivo", "Jade"]);
  const response = await context.request.post("/checkin", {
    headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    data: "x".repeat(1024 * 1024 + 1),
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("That was too much to send at once");
  const json = await context.request.post("/api/notes", { data: { body: "y".repeat(70 * 1024) } });
  expect(json.status()).toBe(413);
});

test("a name with a line break or a direction override is refused next to the field", async ({ page, context }) => {
  const { me } = await seedSignedInCouple(context, ["Kit", "Lev"]);
  await page.goto("/settings");
  await page.getByLabel("Your name").fill("Eve\u202Egnp.exe");
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(page.getByText("Names can't contain line breaks, control characters or text-direction marks.")).toBeVisible();
  expect((await testDb().user.findUniqueOrThrow({ where: { id: me.id } })).name).toBe("Kit");
});

test("with no proxy in front, a client cannot choose the address its limits count", async ({}, info) => {
  test.skip(info.project.name !== "desktop", "one server start is enough");
  const port = await freePort();
  const app = await startApp(port, {
    DATABASE_URL: process.env.E2E_DATABASE_URL!,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: process.env.E2E_NEXTAUTH_SECRET!,
    KINDRED_DEV_MAILBOX: "1",
    TRUST_PROXY: "0",
  });
  try {
    const email = `spoof-${port}@example.com`;
    for (const spoofed of ["6.6.6.6", "1.1.1.1, 2.2.2.2", undefined]) {
      await fetch(`${app.url}/api/auth/signin/email`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", ...(spoofed ? { "x-forwarded-for": spoofed } : {}) },
        body: new URLSearchParams({ email, csrfToken: "irrelevant", json: "true" }),
      });
    }
    const keys = (await testDb().rateLimitBucket.findMany({ where: { key: { contains: email } } })).map((bucket) => [
      bucket.key,
      bucket.count,
    ]);
    expect(keys).toEqual([[`signin:${email}|127.0.0.1`, 3]]);
  } finally {
    await app.stop();
  }
});
