import { createStore, del, delMany, entries, set, type UseStore } from "idb-keyval";
import { OFFLINE_DATABASE } from "./kept";

/**
 * Check-ins written without a connection, kept in IndexedDB on the phone
 * until the server has them. Each carries the id made on the phone
 * (clientId), so sending one again (two tabs, a retry after a lost answer)
 * stores it once.
 */
export type PendingCheckIn = {
  userId: string;
  clientId: string;
  recordedAt: string;
  pleasantness: number;
  energy: number;
  feeling?: string;
  visibility: string;
  note?: string;
  /** Sealed before it was kept (encryption on): the phone never keeps a private note in plain text then. */
  sealedNote?: string;
  need?: string;
};

let store: UseStore | undefined;
const checkIns = () => (store ??= createStore(OFFLINE_DATABASE, "check-ins"));

export async function keepCheckIn(checkIn: PendingCheckIn): Promise<void> {
  await set(checkIn.clientId, checkIn, checkIns());
}

/** Drops this person's kept check-ins (their account is deleted); anyone else's on this device stay. */
export async function forgetKeptCheckIns(userId: string): Promise<void> {
  const mine = (await entries<string, PendingCheckIn>(checkIns())).filter(([, checkIn]) => checkIn.userId === userId);
  await delMany(
    mine.map(([key]) => key),
    checkIns(),
  );
}

/** A check-in from the form's fields, ready to keep. */
export function pendingFromForm(formData: FormData, userId: string, clientId: string, now: Date): PendingCheckIn {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" && value.trim() !== "" ? value : undefined;
  };
  return {
    userId,
    clientId,
    recordedAt: now.toISOString(),
    pleasantness: Number(text("pleasantness")),
    energy: Number(text("energy")),
    feeling: text("feeling"),
    visibility: text("visibility") ?? "",
    note: text("note"),
    sealedNote: text("sealedNote"),
    need: text("need"),
  };
}

/**
 * Sends this person's kept check-ins. Stored (201) or refused for good
 * (422: it can never be stored; 400/413) leaves the phone; a lost
 * connection, a full server or a signed-out session keeps it for next time.
 * Returns how many the server now has.
 */
export async function sendPendingCheckIns(userId: string): Promise<number> {
  let sent = 0;
  for (const [key, checkIn] of await entries<string, PendingCheckIn>(checkIns())) {
    if (checkIn.userId !== userId) continue;
    const { userId: _owner, ...body } = checkIn;
    let response: Response;
    try {
      response = await fetch("/api/checkins", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    } catch {
      return sent;
    }
    if (response.ok) sent++;
    if (response.ok || [400, 413, 422].includes(response.status)) await del(key, checkIns());
    else return sent;
  }
  return sent;
}
