import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../../lib/migrate";
import { startEmbeddedPostgres, type RunningPostgres } from "../../lib/postgres";

/**
 * A throwaway embedded PostgreSQL with the migrations applied, and a connected
 * client. `restartable` keeps its data across halt()/resume() (removed at stop()).
 */
export async function freshBenchDatabase(
  options: { restartable?: boolean } = {},
): Promise<{ postgres: RunningPostgres; url: string; client: pg.Client }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "kindred-bench-pg-"));
  const server = await startEmbeddedPostgres({ dataDir, persistent: options.restartable ?? false });
  const postgres: RunningPostgres = options.restartable
    ? {
        ...server,
        async stop() {
          await server.stop();
          rmSync(dataDir, { recursive: true, force: true });
        },
      }
    : server;
  await postgres.createDatabase("kindred");
  const url = postgres.urlFor("kindred");
  applyMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return { postgres, url, client };
}

/**
 * People u1…u(2n), linked in couples c1…cn (u1+u2, u3+u4, …), each with a
 * session whose token is `${sessionPrefix}${i}` when a prefix is given.
 */
export async function seedLinkedCouples(
  client: pg.Client,
  couples: number,
  options: { timeZones?: string[]; sessionPrefix?: string; noteEmails?: boolean } = {},
): Promise<void> {
  const people = couples * 2;
  const zones = options.timeZones ?? ["Europe/London"];
  await client.query(
    // Signed up well before DIGEST_AT: no digest goes out in a person's first day.
    `INSERT INTO "User" (id, email, name, "timeZone", "emailVerified", "updatedAt", "createdAt")
       SELECT 'u' || i, 'person' || i || '@bench.example', 'Person ' || i, ($1::text[])[1 + i % cardinality($1::text[])], now(), now(),
              timestamp '2026-10-01 00:00:00'
       FROM generate_series(1, ${people}) AS i`,
    [zones],
  );
  if (options.noteEmails === false) {
    // "Notes by push only", with no device: no note emails.
    await client.query(
      `INSERT INTO "NotificationPreference" ("userId", kind, channels) SELECT 'u' || i, 'NOTE_RECEIVED', 'PUSH' FROM generate_series(1, ${people}) AS i`,
    );
  }
  await client.query(`INSERT INTO "Couple" (id) SELECT 'c' || i FROM generate_series(1, ${couples}) AS i`);
  await client.query(
    `INSERT INTO "CoupleMembership" (id, "coupleId", "userId", seat) SELECT 'm' || i, 'c' || ((i + 1) / 2), 'u' || i, 2 - (i % 2) FROM generate_series(1, ${people}) AS i`,
  );
  if (options.sessionPrefix) {
    await client.query(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires) SELECT 's' || i, $1 || i, 'u' || i, now() + interval '1 day' FROM generate_series(1, ${people}) AS i`,
      [options.sessionPrefix],
    );
  }
}

/** Sunday 18:00 in London: everyone's default digest time, the end of seedDigestWeek's week. */
export const DIGEST_AT = new Date("2026-11-22T18:00:00Z");

/**
 * A week of life for people u1…u(people) before DIGEST_AT:
 * 7 check-ins each (a quarter private, some with notes) and 3 notes to the partner.
 */
export async function seedDigestWeek(client: pg.Client, people: number): Promise<void> {
  await client.query(`
    INSERT INTO "CheckIn" (id, "authorId", "coupleId", pleasantness, energy, feeling, visibility, note, "createdAt", "updatedAt")
      SELECT 'ci-' || u || '-' || d, 'u' || u, 'c' || ((u + 1) / 2), p, e,
             CASE WHEN p >= 3 AND e >= 3 THEN 'hopeful' WHEN p >= 3 THEN 'calm' WHEN e >= 3 THEN 'anxious' ELSE 'tired' END,
             (CASE WHEN (u + d) % 4 = 0 THEN 'PRIVATE' ELSE 'SHARED' END)::"Visibility",
             CASE WHEN d % 3 = 0 THEN 'A note about day ' || d ELSE NULL END,
             timestamp '2026-11-22 17:00:00' - d * interval '1 day', now()
      FROM generate_series(1, ${people}) AS u, generate_series(0, 6) AS d,
           LATERAL (SELECT 1 + (u + d) % 5 AS p, 1 + (u * 3 + d) % 5 AS e) AS mood;
    INSERT INTO "Note" (id, "authorId", "recipientId", "coupleId", body, "createdAt")
      SELECT 'n-' || u || '-' || k, 'u' || u, 'u' || (CASE WHEN u % 2 = 1 THEN u + 1 ELSE u - 1 END), 'c' || ((u + 1) / 2),
             'Thank you for ' || (ARRAY['the coffee','listening','the walk','dinner'])[1 + k % 4] || ' on day ' || k,
             timestamp '2026-11-22 12:00:00' - k * interval '2 days'
      FROM generate_series(1, ${people}) AS u, generate_series(0, 2) AS k;
    ANALYZE;
  `);
}
