/** The phone's IndexedDB database for check-ins written offline (lib/offline/check-in-queue.ts). */
export const OFFLINE_DATABASE = "kindred-offline";

/**
 * Whether this browser may hold check-ins kept offline, asked without loading
 * the queue's code: every signed-in page checks on load, and almost always
 * there is nothing to send. Browsers without `indexedDB.databases()` say yes.
 */
export async function mayHaveKeptCheckIns(): Promise<boolean> {
  if (typeof indexedDB === "undefined") return false;
  if (typeof indexedDB.databases !== "function") return true;
  try {
    return (await indexedDB.databases()).some((database) => database.name === OFFLINE_DATABASE);
  } catch {
    return true;
  }
}
