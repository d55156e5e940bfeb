import { startEmbeddedPostgres } from "./postgres";
import { applyMigrationsIfNeeded } from "./migrate";

export type PreparedDatabase = { url: string; embedded: boolean; migrations: "applied" | "up to date"; stop(): Promise<void> };

/**
 * DATABASE_URL when it is set; otherwise an embedded PostgreSQL with its data
 * in `dataDir`. Either way, migrations are applied (when not already) before
 * it is handed back.
 */
export async function prepareDatabase(options: {
  dataDir: string;
  persistent: boolean;
  log?: (line: string) => void;
}): Promise<PreparedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    const migrations = await applyMigrationsIfNeeded(configured);
    return { url: configured, embedded: false, migrations, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres(options);
  try {
    await server.createDatabase("kindred");
    const url = server.urlFor("kindred");
    const migrations = await applyMigrationsIfNeeded(url);
    return { url, embedded: true, migrations, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
