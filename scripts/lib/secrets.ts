import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** A secret kept in a git-ignored file so that dev sessions survive restarts. */
export function persistentDevSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

const DEV_SESSION = ".data/dev-session.json";

type DevSession = { databaseUrl: string; appUrl: string };

/** What `npm run dev` is running (its embedded database's URL changes with every start), for other commands. */
export function writeDevSession(session: DevSession): void {
  mkdirSync(path.dirname(DEV_SESSION), { recursive: true });
  writeFileSync(DEV_SESSION, `${JSON.stringify(session)}\n`, { mode: 0o600 });
}

export function clearDevSession(): void {
  rmSync(DEV_SESSION, { force: true });
}

export function readDevSession(): DevSession | null {
  return existsSync(DEV_SESSION) ? (JSON.parse(readFileSync(DEV_SESSION, "utf8")) as DevSession) : null;
}
