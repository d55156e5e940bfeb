import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/** Applies prisma/migrations to the database at `databaseUrl`. */
export function applyMigrations(databaseUrl: string): void {
  const result = spawnSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * True when every migration in prisma/migrations is recorded as applied, with
 * the same checksum Prisma keeps (sha256 of its migration.sql), so starting
 * again can skip the Prisma CLI (a few seconds) when nothing changed.
 */
export async function migrationsUpToDate(databaseUrl: string): Promise<boolean> {
  const directory = path.join(process.cwd(), "prisma", "migrations");
  const wanted = new Map(
    readdirSync(directory)
      .filter((name) => existsSync(path.join(directory, name, "migration.sql")))
      .map((name) => [
        name,
        createHash("sha256")
          .update(readFileSync(path.join(directory, name, "migration.sql")))
          .digest("hex"),
      ]),
  );
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      "SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    return applied.size === wanted.size && [...wanted].every(([name, checksum]) => applied.get(name) === checksum);
  } catch {
    return false; // no migrations table yet: a new database
  } finally {
    await client.end();
  }
}

/** Applies the migrations unless they already are; says which. */
export async function applyMigrationsIfNeeded(databaseUrl: string): Promise<"applied" | "up to date"> {
  if (await migrationsUpToDate(databaseUrl)) return "up to date";
  applyMigrations(databaseUrl);
  return "applied";
}
