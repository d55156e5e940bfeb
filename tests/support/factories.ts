import { randomUUID } from "node:crypto";
import { currentCouple, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";

/** A person who finished onboarding. */
export async function createPerson(name: string, timeZone = "Europe/London") {
  return db.user.create({
    data: { email: `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`, name, timeZone, emailVerified: new Date() },
  });
}

/** The viewer a signed-in request for this person would produce. */
export async function viewerFor(userId: string): Promise<Viewer> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return { id: user.id, email: user.email, name: user.name, timeZone: user.timeZone, couple: await currentCouple(user.id) };
}

/** Two people linked as a couple, straight through the database. */
export async function createCouple(nameA = "Alex", nameB = "Blake") {
  const a = await createPerson(nameA);
  const b = await createPerson(nameB);
  const couple = await db.couple.create({
    data: {
      memberships: {
        create: [
          { userId: a.id, seat: 1 },
          { userId: b.id, seat: 2 },
        ],
      },
    },
  });
  return { couple, a, b, viewerA: await viewerFor(a.id), viewerB: await viewerFor(b.id) };
}

export function mailTo(email: string) {
  return db.outboxEmail.findMany({ where: { to: email.toLowerCase() }, orderBy: { createdAt: "asc" } });
}
