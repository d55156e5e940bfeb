/**
 * schema.prisma and prisma/migrations must describe the same database: the
 * template database has the migrations applied; a second database gets the
 * schema's own SQL; their catalogs must match. Rules Prisma cannot express
 * (CHECKs, partial unique indexes) are written by hand in the migrations and
 * named db_*; they are listed here so that losing one fails too.
 */
import { spawnSync } from "node:child_process";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";

const CATALOG = `
  SELECT 'column' AS kind, table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS item
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
  UNION ALL
  SELECT 'index', tablename || ' ' || regexp_replace(indexdef, '^.* USING ', '') || ' ' || indexname
    FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
  UNION ALL
  SELECT 'constraint', conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"')
  UNION ALL
  SELECT 'enum', t.typname || ' ' || e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
  ORDER BY 1, 2`;

const HAND_WRITTEN = [
  "db_CheckIn_note_length_check",
  "db_CheckIn_scales_check",
  "db_CheckIn_sealed_note_check",
  "db_CoupleMembership_one_current_per_user",
  "db_CoupleMembership_seat_check",
  "db_Invite_one_pending_per_inviter",
  "db_Note_body_length_check",
  "db_Note_reply_length_check",
  "db_Note_sealed_body_check",
  "db_Note_sealed_reply_check",
  "db_User_email_hours_check",
  "db_Vault_key_pair_check",
];

function urlFor(database: string): string {
  const url = new URL(inject("postgresAdminUrl"));
  url.pathname = `/${database}`;
  return url.toString();
}

async function catalog(database: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: urlFor(database) });
  await client.connect();
  try {
    const { rows } = await client.query<{ kind: string; item: string }>(CATALOG);
    return rows.map((row) => `${row.kind} ${row.item}`);
  } finally {
    await client.end();
  }
}

describe("database schema", () => {
  it("matches between schema.prisma and the migrations", async () => {
    const fromSchema = spawnSync(
      "npx",
      ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      {
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: urlFor("postgres") },
      },
    );
    expect(fromSchema.status, fromSchema.stderr).toBe(0);

    const admin = new pg.Client({ connectionString: urlFor("postgres") });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS schema_only`);
    await admin.query(`CREATE DATABASE schema_only`);
    await admin.end();
    const target = new pg.Client({ connectionString: urlFor("schema_only") });
    await target.connect();
    await target.query(fromSchema.stdout);
    await target.end();

    const [migrated, declared] = await Promise.all([catalog(inject("templateDatabase")), catalog("schema_only")]);
    expect(migrated.length).toBeGreaterThan(10);
    expect(migrated.filter((item) => !item.includes(" db_"))).toEqual(declared);
    expect(
      migrated
        .filter((item) => item.includes(" db_"))
        .map((item) => /db_\w+/.exec(item)![0])
        .sort(),
    ).toEqual(HAND_WRITTEN);
  });
});
