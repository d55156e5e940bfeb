import "server-only";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "@/lib/auth/session-policy";
import { sessionTokenFromCookies } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { coupleOf, MEMBERSHIP_SELECT, type CurrentCouple } from "@/lib/couples/membership";
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

/**
 * Resolves the signed-in person once per request; null when signed out.
 *
 * One query reads next-auth's database session with the person and their
 * couple, which is what next-auth's getServerSession would read plus the
 * couple, and its rules are kept: an expired session is removed and counts as
 * signed out, a session used more than a day after its last extension is
 * extended. A database that cannot be reached throws (the friendly error
 * page, a 503) rather than looking like "signed out", which is what
 * getServerSession reports when its lookup fails.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  await connection(); // per-request: never prerender a page that depends on who is asking
  const sessionToken = await sessionTokenFromCookies();
  if (!sessionToken) return null;
  const session = await db.session.findUnique({
    where: { sessionToken },
    select: {
      expires: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          timeZone: true,
          memberships: { where: { leftAt: null }, take: 1, select: MEMBERSHIP_SELECT },
        },
      },
    },
  });
  const now = new Date();
  if (!session) return null;
  if (session.expires <= now) {
    await db.session.deleteMany({ where: { sessionToken } });
    return null;
  }
  if (session.expires.getTime() - SESSION_MAX_AGE_SECONDS * 1000 + SESSION_UPDATE_AGE_SECONDS * 1000 <= now.getTime()) {
    await db.session.updateMany({ where: { sessionToken }, data: { expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) } });
  }
  const { memberships, ...person } = session.user;
  return { ...person, couple: coupleOf(person.id, memberships[0]) };
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
