import "server-only";
import { cookies } from "next/headers";

/** After an account is deleted its sessions are gone with it; drop the cookie too. */
export async function signOutEverywhere(): Promise<void> {
  const jar = await cookies();
  for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) jar.delete(name);
}
