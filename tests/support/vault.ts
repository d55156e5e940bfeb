import { db } from "@/lib/db";
import { importNoteKey, newKeyPair, randomKeyBytes, sealBytes } from "@/lib/vault/crypto";
import { newRecoveryPhrase, phraseWrappingKey } from "@/lib/vault/phrase";
import { turnOnVault } from "@/lib/vault/service";
import type { viewerFor } from "./integration";

/** What the browser does when encryption is turned on: a note key, wrapped by a new phrase. */
export async function turnOn(viewer: Awaited<ReturnType<typeof viewerFor>>) {
  const raw = randomKeyBytes();
  const phrase = newRecoveryPhrase();
  const key = await importNoteKey(raw);
  const keyPair = await newKeyPair(key);
  await turnOnVault(viewer, { phraseWrap: await sealBytes(await phraseWrappingKey(phrase), raw, "note-key"), keyPair });
  return { key, raw, phrase, keyPair };
}

/** Every table and column of the database where `text` occurs, whatever its type (text, arrays and JSON as text; bytes as UTF-8). */
export async function columnsHolding(text: string): Promise<string[]> {
  const columns = await db.$queryRaw<{ table: string; column: string; type: string }[]>`
    SELECT table_name::text AS "table", column_name::text AS "column", data_type::text AS "type"
    FROM information_schema.columns WHERE table_schema = current_schema()`;
  const found: string[] = [];
  for (const { table, column, type } of columns) {
    const quoted = `"${table.replaceAll('"', '""')}"."${column.replaceAll('"', '""')}"`;
    const where = type === "bytea" ? `position(convert_to($1, 'UTF8') in ${quoted}) > 0` : `${quoted}::text LIKE '%' || $1 || '%'`;
    const [{ n }] = await db.$queryRawUnsafe<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM "${table.replaceAll('"', '""')}" WHERE ${where}`,
      text,
    );
    if (n > 0) found.push(`${table}.${column}`);
  }
  return found;
}
