/**
 * A session lasts 90 days from its last use: the installed app is signed in
 * once per phone. It is extended (in the database, and the cookie with it)
 * when used more than a day after its last extension.
 */
export const SESSION_MAX_AGE_SECONDS = 90 * 24 * 60 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;

/** "Last seen" on Settings' signed-in devices is kept to the hour, so a busy session writes at most once an hour. */
const LAST_SEEN_RESOLUTION_SECONDS = 60 * 60;

/** What to write to a session row on this use, or null when nothing is due. */
export function sessionTouch(
  session: { expires: Date; lastSeenAt: Date; userAgent: string | null },
  userAgent: string | null,
  now: Date,
): { expires?: Date; lastSeenAt: Date; userAgent?: string } | null {
  const extend = session.expires.getTime() - SESSION_MAX_AGE_SECONDS * 1000 + SESSION_UPDATE_AGE_SECONDS * 1000 <= now.getTime();
  const seen = now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_SECONDS * 1000;
  const newAgent = userAgent !== null && userAgent !== session.userAgent;
  if (!extend && !seen && !newAgent) return null;
  return {
    lastSeenAt: now,
    ...(extend ? { expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) } : {}),
    ...(newAgent ? { userAgent: userAgent.slice(0, 512) } : {}),
  };
}

/** next-auth's session cookie: the name it uses over https first, then the plain one. */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;
