import "server-only";
import { db } from "@/lib/db";
import { getMailer } from "@/lib/email/mailer";
import { webPusher, type Pusher } from "./push";
import { runNotifications, type RunReport } from "./runner";
import { vapidKeys } from "./vapid";

let pusher: Pusher | null | undefined;

/** The app's push sender, or null when VAPID keys are not configured. */
export function getPusher(): Pusher | null {
  if (pusher === undefined) {
    const keys = vapidKeys();
    pusher = keys ? webPusher(keys) : null;
  }
  return pusher;
}

/**
 * Sends these rows now (an invitation, a partner-left notice, a test
 * notification) through the same runner as everything else. A failure
 * leaves them to the scheduled runs' retries; it never undoes what caused them.
 */
export async function deliverNow(ids: string[], now = new Date()): Promise<RunReport | null> {
  if (ids.length === 0) return null;
  try {
    return await runNotifications({ db, mailer: getMailer(), pusher: getPusher(), now, only: ids, log: (line) => console.warn(line) });
  } catch (error) {
    console.error("Could not send at once; the scheduled runs will retry", error);
    return null;
  }
}
