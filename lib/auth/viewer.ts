import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getAuthOptions } from "@/lib/auth/options";

/** The signed-in person, as every service receives them. */
export type Viewer = {
  id: string;
  email: string;
  name: string | null;
  timeZone: string | null;
};

/** A viewer who finished onboarding (has a display name and a time zone). */
export type OnboardedViewer = Viewer & { name: string; timeZone: string };

/** Resolves the signed-in person once per request; null when signed out. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  await connection(); // per-request: never prerender a page that depends on who is asking
  const session = await getServerSession(getAuthOptions());
  if (!session?.user?.id) return null;
  const { id, email, name, timeZone } = session.user;
  return { id, email, name, timeZone };
});

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
