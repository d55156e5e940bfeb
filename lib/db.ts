import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

/**
 * node-postgres pool settings. A connection attempt gives up after 5 s, so a
 * database that stops answering (rather than refusing) turns into the friendly
 * "try again in a moment" instead of requests that hang; connections dropped
 * by a restart are discarded and replaced on the next query.
 */
const poolConfig = (connectionString: string) => ({ connectionString, max: 10, connectionTimeoutMillis: 5_000 });

function logPoolError(error: Error) {
  console.warn(`[db] an idle connection failed and was discarded: ${error.message}`);
}

/**
 * The one PrismaClient, created on first use rather than at import so that
 * `next build` (which imports route modules) needs no database configuration.
 * In development it is kept on globalThis so hot reloads reuse the pool.
 */
const globalForPrisma = globalThis as unknown as { kindredPrisma?: PrismaClient };
let instance: PrismaClient | undefined;

function client(): PrismaClient {
  if (!instance) {
    const { DATABASE_URL, NODE_ENV } = env();
    instance =
      globalForPrisma.kindredPrisma ?? new PrismaClient({ adapter: new PrismaPg(poolConfig(DATABASE_URL), { onPoolError: logPoolError }) });
    if (NODE_ENV === "development") globalForPrisma.kindredPrisma = instance;
  }
  return instance;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const prisma = client();
    const value: unknown = Reflect.get(prisma, property, prisma);
    return typeof value === "function" ? value.bind(prisma) : value;
  },
});
