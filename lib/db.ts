import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

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
    instance = globalForPrisma.kindredPrisma ?? new PrismaClient({ adapter: new PrismaPg({ connectionString: DATABASE_URL }) });
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
