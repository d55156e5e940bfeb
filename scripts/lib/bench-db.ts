import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "./migrate";
import { startEmbeddedPostgres, type RunningPostgres } from "./postgres";

/** A throwaway embedded PostgreSQL with the migrations applied, and a connected client. */
export async function freshBenchDatabase(): Promise<{ postgres: RunningPostgres; url: string; client: pg.Client }> {
  const postgres = await startEmbeddedPostgres({ dataDir: mkdtempSync(path.join(tmpdir(), "kindred-bench-pg-")), persistent: false });
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
    `INSERT INTO "User" (id, email, name, "timeZone", "emailVerified", "updatedAt", "noteEmails")
       SELECT 'u' || i, 'person' || i || '@bench.example', 'Person ' || i, ($1::text[])[1 + i % cardinality($1::text[])], now(), now(), $2
       FROM generate_series(1, ${people}) AS i`,
    [zones, options.noteEmails ?? true],
  );
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
