/**
 * The one set of factories: people, couples and sessions, straight through a
 * database client. Integration tests pass the app's client
 * (tests/support/integration.ts), the e2e fixtures pass the client of the
 * database behind the app under test. Pure: no server-only imports.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** `now`: when they verified their address; `createdAt`: when they signed up (default: now). */
export type PersonOptions = { timeZone?: string; email?: string; now?: Date; createdAt?: Date };

export function factories(db: PrismaClient) {
  /** A person who finished onboarding (a name and a time zone). */
  function person(name: string, { timeZone = "Europe/London", email, now = new Date(), createdAt = now }: PersonOptions = {}) {
    return db.user.create({
      data: {
        email: email ?? `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`,
        name,
        timeZone,
        emailVerified: now,
        createdAt,
      },
    });
  }

  /** Two people linked as a couple; the first holds seat 1 (the couple's calendar is theirs). */
  async function couple(nameA = "Alex", nameB = "Blake", options: PersonOptions = {}) {
    const a = await person(nameA, options);
    const b = await person(nameB, { ...options, email: undefined });
    const linkedAt = options.createdAt ?? options.now ?? new Date();
    const linked = await db.couple.create({
      data: {
        createdAt: linkedAt,
        memberships: {
          create: [
            { userId: a.id, seat: 1, joinedAt: linkedAt },
            { userId: b.id, seat: 2, joinedAt: linkedAt },
          ],
        },
      },
    });
    return { couple: linked, a, b };
  }

  /** A database session for the person, as next-auth would make at sign-in; returns the cookie's value. */
  async function session(userId: string, { now = new Date(), hours = 24 }: { now?: Date; hours?: number } = {}) {
    const sessionToken = randomBytes(32).toString("hex");
    await db.session.create({ data: { sessionToken, userId, expires: new Date(now.getTime() + hours * 3600_000) } });
    return sessionToken;
  }

  return { person, couple, session };
}
