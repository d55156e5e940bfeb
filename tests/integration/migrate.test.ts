/** `npm run dev` skips the Prisma CLI on a start when the database already has every migration, and only then. */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { migrationsUpToDate } from "../../scripts/lib/migrate";

describe("migrations up to date", () => {
  it("is true for a migrated database, false once one is missing or its file differs from what was applied", async () => {
    const url = process.env.DATABASE_URL!;
    expect(await migrationsUpToDate(url)).toBe(true);
    const [latest] = await db.$queryRaw<{ id: string; checksum: string }[]>`
      SELECT id, checksum FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE _prisma_migrations SET checksum = 'edited' WHERE id = ${latest!.id}`;
    expect(await migrationsUpToDate(url)).toBe(false);
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now(), checksum = ${latest!.checksum} WHERE id = ${latest!.id}`;
    expect(await migrationsUpToDate(url)).toBe(false);
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE id = ${latest!.id}`;
    expect(await migrationsUpToDate(url)).toBe(true);
  });
});
