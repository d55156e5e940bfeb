import "server-only";
import type { z } from "zod";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { deviceLabel } from "@/lib/devices/user-agent";
import { env, usesDevMailbox } from "@/lib/env";
import { AppError, NotFoundError } from "@/lib/errors";
import { deliverNow } from "./deliver";
import { isPushServiceUrl, type PushSubscriptionSchema } from "./device-schema";
import { enqueue } from "./enqueue";

type Options = { now?: Date };

/** This person's devices with push turned on, newest first. */
export async function listDevices(viewer: Viewer) {
  const me = assertViewer(viewer);
  return db.pushDevice.findMany({
    where: { userId: me.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, label: true, createdAt: true, lastSeenAt: true, endpoint: true },
  });
}

const MAX_DEVICES = 10;

/**
 * Saves the browser's push subscription for the viewer. The same endpoint
 * again (a refreshed page) updates its keys; an endpoint another person had
 * on this browser moves to the viewer (one browser, one person signed in).
 */
export async function saveDevice(
  viewer: Viewer,
  subscription: z.infer<typeof PushSubscriptionSchema>,
  userAgent: string | null,
  { now = new Date() }: Options = {},
): Promise<{ id: string; label: string }> {
  const me = assertViewer(viewer);
  const allowLoopback = env().NODE_ENV !== "production" || usesDevMailbox();
  if (!isPushServiceUrl(subscription.endpoint, { allowLoopback })) {
    throw new AppError("That push service isn't one Kindred can send to.", "invalid", "endpoint");
  }
  const count = await db.pushDevice.count({ where: { userId: me.id, endpoint: { not: subscription.endpoint } } });
  if (count >= MAX_DEVICES) throw new AppError(`You can have notifications on ${MAX_DEVICES} devices. Remove one first.`, "conflict");
  const fields = {
    userId: me.id,
    p256dh: subscription.keys.p256dh,
    auth: subscription.keys.auth,
    label: deviceLabel(userAgent),
    lastSeenAt: now,
  };
  return db.pushDevice.upsert({
    where: { endpoint: subscription.endpoint },
    create: { endpoint: subscription.endpoint, createdAt: now, ...fields },
    update: fields,
    select: { id: true, label: true },
  });
}

export async function removeDevice(viewer: Viewer, deviceId: string): Promise<void> {
  const me = assertViewer(viewer);
  const { count } = await db.pushDevice.deleteMany({ where: { id: deviceId, userId: me.id } });
  if (count === 0) throw new NotFoundError("That device isn't in your list any more.");
}

/** A test notification to one of the viewer's devices, through the same runner as every message, at once. */
export async function sendTestPush(viewer: Viewer, deviceId: string, { now = new Date() }: Options = {}): Promise<boolean> {
  const me = assertViewer(viewer);
  const device = await db.pushDevice.findFirst({ where: { id: deviceId, userId: me.id }, select: { id: true } });
  if (!device) throw new NotFoundError("That device isn't in your list any more.");
  const ids = await enqueue(db, { kind: "PUSH_TEST", userId: me.id, periodKey: `test:${now.toISOString()}`, dueAt: now }, { deviceId });
  const report = await deliverNow(ids, now);
  if (!report || report.sent === 0)
    throw new AppError("The test notification could not be sent. Remove this device and turn notifications on again.", "conflict");
  return true;
}
