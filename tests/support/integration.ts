/** The factories bound to the app's own database client, and what integration tests ask of a person. */
import { currentCouple, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { canonicalEmail } from "@/lib/email/address";
import { factories, type PersonOptions } from "./factories";

const make = factories(db);

export function createPerson(name: string, timeZone = "Europe/London", options: Omit<PersonOptions, "timeZone"> = {}) {
  return make.person(name, { ...options, timeZone });
}

/** The viewer a signed-in request for this person would produce. */
export async function viewerFor(userId: string): Promise<Viewer> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return { id: user.id, email: user.email, name: user.name, timeZone: user.timeZone, couple: await currentCouple(user.id) };
}

/** Two people linked as a couple, with the viewers their requests would produce. */
export async function createCouple(nameA = "Alex", nameB = "Blake", options: PersonOptions = {}) {
  const { couple, a, b } = await make.couple(nameA, nameB, options);
  return { couple, a, b, viewerA: await viewerFor(a.id), viewerB: await viewerFor(b.id) };
}

/** What reached an address through the development mailbox, oldest first. */
export function mailTo(email: string) {
  return db.outboxEmail.findMany({ where: { to: canonicalEmail(email) }, orderBy: { createdAt: "asc" } });
}
