import "server-only";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { headers } from "next/headers";
import { sessionTouch } from "@/lib/auth/session-policy";
import { sessionTokenFromCookies } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { coupleOf, MEMBERSHIP_SELECT, type CurrentCouple, type MembershipRow } from "@/lib/couples/membership";
import { AppError } from "@/lib/errors";

/** The signed-in person and their current couple, as every service receives them. */
export type Viewer = {
  id: string;
  email: string;
  name: string | null;
  timeZone: string | null;
  couple: CurrentCouple | null;
};

/** A viewer who finished onboarding (has a display name and a time zone). */
export type OnboardedViewer = Viewer & { name: string; timeZone: string };

type ViewerRow = {
  expires: Date;
  lastSeenAt: Date;
  userAgent: string | null;
  id: string;
  email: string;
  name: string | null;
  timeZone: string | null;
  coupleId: string | null;
  seat: number | null;
  joinedAt: Date | null;
  acceptanceSeenAt: Date | null;
  memberSeat: number | null;
  memberId: string | null;
  memberName: string | null;
  memberTimeZone: string | null;
};

/** The rows of the viewer's statement as the MembershipRow that coupleOf reads (what MEMBERSHIP_SELECT selects). */
function membershipOf(rows: ViewerRow[]): MembershipRow | null {
  const [first] = rows;
  if (!first?.coupleId) return null;
  return {
    coupleId: first.coupleId,
    seat: first.seat!,
    joinedAt: first.joinedAt!,
    acceptanceSeenAt: first.acceptanceSeenAt,
    couple: {
      memberships: rows
        .filter((row) => row.memberId !== null)
        .map((row) => ({ seat: row.memberSeat!, user: { id: row.memberId!, name: row.memberName, timeZone: row.memberTimeZone } })),
    },
  };
}

/**
 * Resolves the signed-in person once per request; null when signed out.
 *
 * One statement (a row per current member of their couple) reads next-auth's
 * database session with the person and their couple: on every signed-in page,
 * where Prisma's nested select made one statement per level (five), and the
 * CPU profile of `next start` put about a fifth of a home view in sending
 * statements. next-auth's rules are kept: an expired session is removed and
 * counts as signed out, a session used more than a day after its last
 * extension is extended (sessionTouch, which also keeps the session's last
 * use and browser for Settings' signed-in devices). A database that cannot be reached throws (the
 * friendly error page, a 503) rather than looking like "signed out", which is
 * what getServerSession reports when its lookup fails.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  await connection(); // per-request: never prerender a page that depends on who is asking
  const sessionToken = await sessionTokenFromCookies();
  if (!sessionToken) return null;
  const rows = await db.$queryRaw<ViewerRow[]>`
    SELECT s.expires, s."lastSeenAt", s."userAgent", u.id, u.email, u.name, u."timeZone",
           m."coupleId", m.seat, m."joinedAt", m."acceptanceSeenAt",
           cm.seat AS "memberSeat", cu.id AS "memberId", cu.name AS "memberName", cu."timeZone" AS "memberTimeZone"
    FROM "Session" s
    JOIN "User" u ON u.id = s."userId"
    LEFT JOIN LATERAL (
      SELECT "coupleId", seat, "joinedAt", "acceptanceSeenAt" FROM "CoupleMembership" WHERE "userId" = u.id AND "leftAt" IS NULL LIMIT 1
    ) m ON true
    LEFT JOIN "CoupleMembership" cm ON cm."coupleId" = m."coupleId" AND cm."leftAt" IS NULL
    LEFT JOIN "User" cu ON cu.id = cm."userId"
    WHERE s."sessionToken" = ${sessionToken}`;
  const now = new Date();
  const [session] = rows;
  if (!session) return null;
  if (session.expires <= now) {
    await db.session.deleteMany({ where: { sessionToken } });
    return null;
  }
  const touch = sessionTouch(session, (await headers()).get("user-agent"), now);
  if (touch) await db.session.updateMany({ where: { sessionToken }, data: touch });
  const person = { id: session.id, email: session.email, name: session.name, timeZone: session.timeZone };
  return { ...person, couple: coupleOf(person.id, membershipOf(rows)) };
});

/** The person's current couple and partner, in one query; null when not linked. */
export async function currentCouple(userId: string): Promise<Viewer["couple"]> {
  const membership = await db.coupleMembership.findFirst({ where: { userId, leftAt: null }, select: MEMBERSHIP_SELECT });
  return coupleOf(userId, membership);
}

/**
 * The first line of every service: a caller without a session is refused, so
 * an undefined id can never reach a query's where clause.
 */
export function assertViewer(viewer: Viewer | null | undefined): Viewer {
  if (!viewer?.id) throw new AppError("Please sign in to continue.", "unauthenticated");
  return viewer;
}

export function isOnboarded(viewer: Viewer): viewer is OnboardedViewer {
  return Boolean(viewer.name && viewer.timeZone);
}

/** For pages and actions that need a session: signed-out callers go to sign-in. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  return viewer;
}

/** As requireViewer, and someone who has not set a name and time zone goes to /welcome first. */
export async function requireOnboardedViewer(): Promise<OnboardedViewer> {
  const viewer = await requireViewer();
  if (!isOnboarded(viewer)) redirect("/welcome");
  return viewer;
}
