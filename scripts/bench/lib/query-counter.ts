import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../../lib/generated/prisma/client";

/** A PrismaClient whose driver adapter counts every SQL statement sent to PostgreSQL. */
export function countingPrismaClient(connectionString: string) {
  const counter = { statements: 0 };
  const factory = new PrismaPg({ connectionString });
  const counting = new Proxy(factory, {
    get(target, property, receiver) {
      if (property !== "connect") return Reflect.get(target, property, receiver);
      return async () => {
        const adapter = await target.connect();
        return countStatements(adapter, counter);
      };
    },
  });
  return { client: new PrismaClient({ adapter: counting }), counter };
}

/** Installs a counting client as the app's client (lib/db.ts picks it up from globalThis) before the first query. */
export function installQueryCounter(connectionString: string) {
  const { client, counter } = countingPrismaClient(connectionString);
  (globalThis as { kindredPrisma?: PrismaClient }).kindredPrisma = client;
  return counter;
}

function countStatements<T extends object>(adapter: T, counter: { statements: number }): T {
  return new Proxy(adapter, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "queryRaw" || property === "executeRaw") {
        return (...args: unknown[]) => {
          counter.statements++;
          return value.apply(target, args);
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) => countStatements(await value.apply(target, args), counter);
      }
      return value.bind(target);
    },
  });
}
