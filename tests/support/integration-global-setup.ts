/**
 * One embedded PostgreSQL per integration run, with a template database that
 * has every migration applied. Each test file then gets its own copy of the
 * template (integration-setup.ts), so files never see each other's rows.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../scripts/lib/migrate";
import { startEmbeddedPostgres } from "../../scripts/lib/postgres";

export const TEMPLATE_DATABASE = "kindred_template";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startEmbeddedPostgres({
    dataDir: mkdtempSync(path.join(tmpdir(), "kindred-test-pg-")),
    persistent: false,
  });
  await server.createDatabase(TEMPLATE_DATABASE);
  applyMigrations(server.urlFor(TEMPLATE_DATABASE));
  project.provide("postgresAdminUrl", server.urlFor("postgres"));
  project.provide("templateDatabase", TEMPLATE_DATABASE);
  return () => server.stop();
}
