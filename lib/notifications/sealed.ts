import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/**
 * A delivery's context when it holds a secret (an invitation's link and code,
 * which the database otherwise keeps only as keyed hashes): AES-256-GCM under
 * a key derived from NEXTAUTH_SECRET, so a copy of the database alone cannot
 * read it. The runner clears it once the row is settled.
 */
function key(): Buffer {
  const secret = env().NEXTAUTH_SECRET ?? "kindred-development-only-key";
  return createHmac("sha256", secret).update("kindred:delivery-context").digest();
}

export function seal(value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The sealed value, or null when it was sealed under another key or tampered with. */
export function unseal<T>(sealed: string | null): T | null {
  if (!sealed?.startsWith("v1.")) return null;
  try {
    const raw = Buffer.from(sealed.slice(3), "base64url");
    const decipher = createDecipheriv("aes-256-gcm", key(), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8")) as T;
  } catch {
    return null;
  }
}
