import { mayHaveKeptCheckIns } from "@/lib/offline/kept";

/**
 * What a person leaves on this device, forgotten when they sign out: the
 * pages the service worker kept for offline use, and every unlocked note key.
 * `keptCheckIns` also drops the check-ins kept offline for that person (on
 * deleting the account: they can never be sent; a person who only signs out
 * finds them sent when they are back).
 */
export async function forgetThisDevice({ keptCheckIns }: { keptCheckIns?: string } = {}): Promise<void> {
  navigator.serviceWorker?.controller?.postMessage({ type: "signed-out" });
  await Promise.all([
    import("@/lib/vault/device").then(({ forgetAllNoteKeysHere }) => forgetAllNoteKeysHere()),
    keptCheckIns && (await mayHaveKeptCheckIns())
      ? import("@/lib/offline/check-in-queue").then(({ forgetKeptCheckIns }) => forgetKeptCheckIns(keptCheckIns))
      : null,
  ]).catch((error: unknown) => console.warn("Something kept on this device could not be forgotten", error));
}
