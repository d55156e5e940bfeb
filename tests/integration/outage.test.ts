/**
 * PostgreSQL stops and starts again under the app's own client (lib/db.ts):
 * queries during the outage fail as "unavailable" (what pages and routes turn
 * into the friendly answers), nothing half-written is left behind, and the
 * same client works again once the server is back, without a restart.
 * This file has its own server, so stopping it disturbs no other test file.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../scripts/lib/migrate";
import { startEmbeddedPostgres, type RunningPostgres } from "../../scripts/lib/postgres";

let server: RunningPostgres;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "kindred-outage-pg-"));
  server = await startEmbeddedPostgres({ dataDir, persistent: true });
  await server.createDatabase("kindred");
  applyMigrations(server.urlFor("kindred"));
  // lib/db.ts reads DATABASE_URL on first use; nothing in this file has used it yet.
  process.env.DATABASE_URL = server.urlFor("kindred");
}, 120_000);

afterAll(async () => {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("a database outage", () => {
  it("fails queries as unavailable while PostgreSQL is down, then recovers on the same client", async () => {
    const { db } = await import("@/lib/db");
    const { isDatabaseUnavailable } = await import("@/lib/errors");
    const { createCheckIn } = await import("@/lib/checkins/service");
    const { CheckInSchema } = await import("@/lib/checkins/schema");
    const { createCouple } = await import("../support/integration");
    const { viewerA: alex } = await createCouple("Alex", "Blake");
    const input = CheckInSchema.parse({ pleasantness: 2, energy: 2, feeling: "tired", visibility: "SHARED", note: "Long day" });
    await createCheckIn(alex, input);

    await server.halt();
    const during = await createCheckIn(alex, input).then(
      () => "saved",
      (error: unknown) => error,
    );
    expect(isDatabaseUnavailable(during)).toBe(true);

    await server.resume();
    let recovered = false;
    for (let attempt = 0; attempt < 50 && !recovered; attempt++) {
      recovered = await db.$queryRaw`SELECT 1`.then(
        () => true,
        async (error: unknown) => {
          expect(isDatabaseUnavailable(error)).toBe(true);
          await new Promise((resolve) => setTimeout(resolve, 100));
          return false;
        },
      );
    }
    expect(recovered).toBe(true);
    await createCheckIn(alex, { ...input, note: "Better now" });
    const notes = (await db.checkIn.findMany({ where: { authorId: alex.id }, orderBy: { createdAt: "asc" } })).map((c) => c.note);
    expect(notes).toEqual(["Long day", "Better now"]);
  }, 60_000);
});
