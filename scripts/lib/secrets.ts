import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import webpush from "web-push";

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

/** Web Push keys for development, made once and kept like the other development secrets (production sets VAPID_* itself). */
function persistentVapidKeys(file = ".data/vapid.json"): Record<"VAPID_PUBLIC_KEY" | "VAPID_PRIVATE_KEY" | "VAPID_SUBJECT", string> {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    const keys = webpush.generateVAPIDKeys();
    writeFileSync(file, `${JSON.stringify(keys)}\n`, { mode: 0o600 });
  }
  const { publicKey, privateKey } = JSON.parse(readFileSync(file, "utf8")) as { publicKey: string; privateKey: string };
  return { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey, VAPID_SUBJECT: "mailto:dev@kindred.localhost" };
}

/** The VAPID variables from the environment when all are set, else development's own. */
export function vapidEnv(source: NodeJS.ProcessEnv = process.env) {
  const { VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT } = source;
  return VAPID_PUBLIC_KEY && VAPID_PRIVATE_KEY && VAPID_SUBJECT
    ? { VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT }
    : persistentVapidKeys();
}
