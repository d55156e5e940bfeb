import "server-only";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { NOTIFICATION_KINDS } from "./registry";
import { targetsFor } from "./targets";
import type { DbClient } from "./types";

export type NotificationEvent = {
  kind: NotificationKind;
  /** Whose message it is. */
  userId: string;
  /** Makes the event unique for the person: recording it twice sends it once. */
  periodKey: string;
  dueAt: Date;
  noteId?: string;
  /** What the message needs if its source is gone by then (plain JSON, or sealed when it holds a secret). */
  context?: string;
};

/**
 * Records an event's message for each target the person wants it by (their
 * address, each push device), in the caller's transaction so the message
 * exists exactly when what caused it does. Returns the rows' ids, for a
 * message that should go out at once (deliverNow).
 */
export async function enqueue(db: DbClient, event: NotificationEvent, only?: { deviceId: string }): Promise<string[]> {
  const kind = NOTIFICATION_KINDS[event.kind];
  const person = await db.user.findUnique({
    where: { id: event.userId },
    select: { notificationPrefs: { select: { kind: true, channels: true } }, pushDevices: { select: { id: true } } },
  });
  if (!person) return [];
  const choices = new Map(person.notificationPrefs.map((p) => [p.kind, p.channels]));
  const deviceIds = person.pushDevices.map((d) => d.id).filter((id) => !only || id === only.deviceId);
  const data = targetsFor(kind, { choices, deviceIds }).map((target) => ({ ...event, ...target }));
  if (data.length === 0) return [];
  const rows = await db.delivery.createManyAndReturn({ data, skipDuplicates: true, select: { id: true } });
  return rows.map((row) => row.id);
}
