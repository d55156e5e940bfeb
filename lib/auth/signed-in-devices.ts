import "server-only";
import { z } from "zod";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { deviceLabel } from "@/lib/devices/user-agent";
import { NotFoundError } from "@/lib/errors";

export type SignedInDevice = { id: string; label: string; createdAt: Date; lastSeenAt: Date; current: boolean };

export const SessionIdSchema = z.object({ sessionId: z.string().min(1).max(40) });

/**
 * The viewer's sessions that are still good, the one this browser holds
 * (`currentToken`) first, then by last use. Only ids and what the browser said
 * of itself leave here: never a session token.
 */
export async function listSignedInDevices(viewer: Viewer, currentToken: string | undefined, now = new Date()): Promise<SignedInDevice[]> {
  const me = assertViewer(viewer);
  const sessions = await db.session.findMany({
    where: { userId: me.id, expires: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, sessionToken: true, userAgent: true, createdAt: true, lastSeenAt: true },
  });
  return sessions
    .map(({ sessionToken, userAgent, ...session }) => ({
      ...session,
      label: deviceLabel(userAgent),
      current: sessionToken === currentToken,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** Signs one of the viewer's other sessions out (that browser is signed out on its next request). */
export async function signOutDevice(viewer: Viewer, sessionId: string, currentToken: string | undefined): Promise<void> {
  const me = assertViewer(viewer);
  const { count } = await db.session.deleteMany({
    where: { id: sessionId, userId: me.id, ...(currentToken ? { sessionToken: { not: currentToken } } : {}) },
  });
  if (count === 0) throw new NotFoundError("That device is already signed out.");
}

/** Every session of the viewer's but this browser's. */
export async function signOutOtherDevices(viewer: Viewer, currentToken: string | undefined): Promise<number> {
  const me = assertViewer(viewer);
  if (!currentToken) return 0;
  const { count } = await db.session.deleteMany({ where: { userId: me.id, sessionToken: { not: currentToken } } });
  return count;
}
