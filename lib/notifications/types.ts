import type { Db } from "@/lib/db";
import type { CurrentCouple } from "@/lib/couples/membership";
import type { OutgoingEmail } from "@/lib/email/mailer";
import type { UnsubscribeKind } from "@/lib/email/unsubscribe";
import type { Channel, ChannelChoice, NotificationKind, Prisma } from "@/lib/generated/prisma/client";
import type { PushMessage } from "./push";

/** A database client or an open transaction: events are recorded in the same transaction as what caused them. */
export type DbClient = Db | Prisma.TransactionClient;

/** A delivery row the runner holds the lease on. */
export type ClaimedDelivery = {
  id: string;
  userId: string;
  kind: NotificationKind;
  channel: Channel;
  target: string;
  periodKey: string;
  dueAt: Date;
  noteId: string | null;
  deviceId: string | null;
  context: string | null;
  attempts: number;
  /** Set once the row has gone into a provider request (runner.ts): it is retried only in that request. */
  sendKey: string | null;
};

/** Whom a message is for, loaded once per batch for every kind in it. */
export type Recipient = {
  id: string;
  email: string;
  name: string | null;
  timeZone: string | null;
  createdAt: Date;
  reminderEnabled: boolean;
  digestEnabled: boolean;
  quietStart: number | null;
  quietEnd: number | null;
  couple: CurrentCouple | null;
  choices: Map<NotificationKind, ChannelChoice>;
  deviceCount: number;
};

/** A message in the channels it can go by; the runner picks the row's. Push content says who and what, never private words. */
export type Content = {
  email?: Omit<OutgoingEmail, "idempotencyKey">;
  push?: Omit<PushMessage, "tag" | "badge">;
};

export type ComposeContext = { db: Db; now: Date; recipients: Map<string, Recipient> };

/** What the planner knows of a person when it asks a scheduled kind whether it is due. */
export type PlannerPerson = {
  id: string;
  timeZone: string;
  reminderEnabled: boolean;
  reminderHour: number;
  digestEnabled: boolean;
  digestWeekday: number;
  digestHour: number;
};

/**
 * One kind of outgoing message: everything about it in one module. A new
 * kind is one file in kinds/ and one line in registry.ts.
 */
export type NotificationKindModule = {
  kind: NotificationKind;
  /** The channels it can go by. */
  channels: readonly Channel[];
  /**
   * Follows the person's choice for this kind (push, email, both or off;
   * by default push when they have a device, email otherwise). False: always
   * by its own channels (an invitation to an address, a test notification).
   */
  followsPreference: boolean;
  /** Waits until the person's quiet hours end. */
  respectsQuietHours: boolean;
  /** The email footer's unsubscribe link. */
  unsubscribe?: UnsubscribeKind;
  /** Scheduled kinds: which people the planner asks, and whether this one is due now. */
  schedule?: { where: Prisma.UserWhereInput; due(person: PlannerPerson, now: Date): { periodKey: string; dueAt: Date } | null };
  /** Each row's content, or no entry when it should not be sent after all (one batched query per kind, not per row). */
  compose(rows: ClaimedDelivery[], ctx: ComposeContext): Promise<Map<string, Content>>;
};
