/**
 * The end-to-end suite runs against a production build: an embedded
 * PostgreSQL in a throwaway folder, migrations, `next build`, `next start`
 * with email kept in the development mailbox. Set E2E_SKIP_BUILD=1 to reuse
 * the last build while iterating on specs.
 */
import { randomBytes } from "node:crypto";
import webpush from "web-push";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FullConfig } from "@playwright/test";
import { buildApp, startApp } from "../../scripts/lib/app-server";
import { applyMigrations } from "../../scripts/lib/migrate";
import { isPortTaken } from "../../scripts/lib/ports";
import { startEmbeddedPostgres } from "../../scripts/lib/postgres";
import { E2E_PORT } from "./config";

export default async function globalSetup(_config: FullConfig) {
  // Fail before the build, not after it: the suite only ever tests the server it starts itself.
  if (await isPortTaken(E2E_PORT)) {
    throw new Error(
      `E2E_PORT=${E2E_PORT} is already in use by another program. Free it, or unset E2E_PORT to let the suite choose a free port.`,
    );
  }
  const postgres = await startEmbeddedPostgres({ dataDir: mkdtempSync(path.join(tmpdir(), "kindred-e2e-pg-")), persistent: false });
  await postgres.createDatabase("kindred");
  const databaseUrl = postgres.urlFor("kindred");
  applyMigrations(databaseUrl);
  if (process.env.E2E_SKIP_BUILD !== "1") {
    const started = Date.now();
    buildApp();
    console.log(`e2e: built the app in ${Math.round((Date.now() - started) / 1000)} s`);
  }

  const secret = randomBytes(32).toString("base64url");
  const vapid = webpush.generateVAPIDKeys();
  const push = { VAPID_PUBLIC_KEY: vapid.publicKey, VAPID_PRIVATE_KEY: vapid.privateKey, VAPID_SUBJECT: "mailto:e2e@kindred.localhost" };
  const app = await startApp(E2E_PORT, {
    ...push,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: `http://localhost:${E2E_PORT}`,
    NEXTAUTH_SECRET: secret,
    KINDRED_DEV_MAILBOX: "1",
    // As if behind one reverse proxy: each spec's context sends its own X-Forwarded-For (fixtures.ts),
    // so the suite's people are separate clients to the per-client limits, as real people would be.
    TRUST_PROXY: "1",
  });
  // Specs seed and inspect the same database, and run the email job with the same secret (fixtures.ts).
  process.env.E2E_DATABASE_URL = databaseUrl;
  process.env.E2E_NEXTAUTH_SECRET = secret;
  Object.assign(process.env, Object.fromEntries(Object.entries(push).map(([name, value]) => [`E2E_${name}`, value])));

  return async () => {
    await app.stop();
    await postgres.stop();
  };
}
