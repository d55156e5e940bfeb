import "server-only";
import { cookies } from "next/headers";
import { SESSION_COOKIES } from "./session-policy";

/** The session token the browser sent, if any. */
export async function sessionTokenFromCookies(): Promise<string | undefined> {
  const jar = await cookies();
  return SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
}

/** After an account is deleted its sessions are gone with it; drop the cookie too. */
export async function signOutEverywhere(): Promise<void> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
}
