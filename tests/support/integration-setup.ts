/**
 * Runs before each integration test file: a fresh database copied from the
 * migrated template, and the environment pointing at it. lib/db.ts reads
 * DATABASE_URL on first use, so this must happen before any query.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import webpush from "web-push";
import { afterAll, inject } from "vitest";

const adminUrl = inject("postgresAdminUrl");
const template = inject("templateDatabase");
const name = `test_${randomBytes(6).toString("hex")}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${name}`;
Object.assign(process.env, {
  DATABASE_URL: url.toString(),
  NEXTAUTH_URL: "http://localhost:3000",
  NEXTAUTH_SECRET: "integration-tests-secret-of-at-least-32-chars",
});
// Push is on, with a key pair of this run's own (no key is kept in the repository).
const vapid = webpush.generateVAPIDKeys();
Object.assign(process.env, {
  VAPID_PUBLIC_KEY: vapid.publicKey,
  VAPID_PRIVATE_KEY: vapid.privateKey,
  VAPID_SUBJECT: "mailto:tests@kindred.localhost",
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});
