import { startEmbeddedPostgres } from "./postgres";
import { applyMigrations } from "./migrate";

export type PreparedDatabase = { url: string; embedded: boolean; stop(): Promise<void> };

/**
 * DATABASE_URL when it is set; otherwise an embedded PostgreSQL with its data
 * in `dataDir`. Either way, migrations are applied before it is handed back.
 */
export async function prepareDatabase(options: {
  dataDir: string;
  persistent: boolean;
  log?: (line: string) => void;
}): Promise<PreparedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    applyMigrations(configured);
    return { url: configured, embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres(options);
  try {
    await server.createDatabase("kindred");
    const url = server.urlFor("kindred");
    applyMigrations(url);
    return { url, embedded: true, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
