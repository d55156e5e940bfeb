import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getAuthOptions } from "@/lib/auth/options";
import { sessionTokenFromCookies } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { AppError, UnavailableError } from "@/lib/errors";

/** The signed-in person and their current couple, as every service receives them. */
export type Viewer = {
  id: string;
  email: string;
  name: string | null;
  timeZone: string | null;
  couple: {
    id: string;
    /** The couple's calendar (the first member's time zone), for the practice of the week. */
    timeZone: string;
    partner: { id: string; name: string; timeZone: string };
  } | null;
};

/** A viewer who finished onboarding (has a display name and a time zone). */
export type OnboardedViewer = Viewer & { name: string; timeZone: string };

/** Resolves the signed-in person once per request; null when signed out. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  await connection(); // per-request: never prerender a page that depends on who is asking
  const session = await getServerSession(getAuthOptions());
  if (!session?.user?.id) {
    await confirmSignedOut();
    return null;
  }
  const { id, email, name, timeZone } = session.user;
  return { id, email, name, timeZone, couple: await currentCouple(id) };
});

/**
 * next-auth logs a failed session lookup and answers "no session", so during a
 * database outage everyone would look signed out and be sent to sign in. When
 * the browser did send a session cookie, ask the database ourselves: an outage
 * then throws (the friendly error page, a 503) and a live session that
 * next-auth could not read is reported as unavailable rather than signed out.
 */
async function confirmSignedOut(): Promise<void> {
  const sessionToken = await sessionTokenFromCookies();
  if (!sessionToken) return;
  const session = await db.session.findUnique({ where: { sessionToken }, select: { expires: true } });
  if (session && session.expires > new Date()) throw new UnavailableError();
}

/** The person's current couple and partner, in one query; null when not linked. */
export async function currentCouple(userId: string): Promise<Viewer["couple"]> {
  const membership = await db.coupleMembership.findFirst({
    where: { userId, leftAt: null },
    select: {
      coupleId: true,
      couple: {
        select: { memberships: { where: { leftAt: null }, select: { seat: true, user: { select: { id: true, name: true, timeZone: true } } } } },
      },
    },
  });
  const members = membership?.couple.memberships ?? [];
  const partner = members.find((m) => m.user.id !== userId)?.user;
  if (!membership || !partner) return null;
  const first = members.find((m) => m.seat === 1)?.user;
  return {
    id: membership.coupleId,
    timeZone: first?.timeZone ?? "UTC",
    partner: { id: partner.id, name: partner.name ?? "Your partner", timeZone: partner.timeZone ?? "UTC" },
  };
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
