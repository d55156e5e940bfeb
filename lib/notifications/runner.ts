import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { coupleOf, MEMBERSHIP_SELECT } from "@/lib/couples/membership";
import { EMAIL_BATCH_LIMIT, EmailDeliveryError, type Mailer, type OutgoingEmail } from "@/lib/email/mailer";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChannelChoice, NotificationKind } from "@/lib/generated/prisma/enums";
import { PushDeliveryError, type Pusher } from "./push";
import { NOTIFICATION_KINDS } from "./registry";
import { quietHoursEnd } from "./schedule";
import { targetsFor, wantsChannel } from "./targets";
import type { ClaimedDelivery, Content, PlannerPerson, Recipient } from "./types";

/**
 * The one runner for every outgoing message, by email or push. Each message
 * goes out at most once per (person, kind, period, target), also when runners
 * overlap, crash or the provider fails:
 *
 * 1. Plan: scheduled kinds (reminders, digests) insert a row per target that
 *    is due; events (a note, an invitation) inserted theirs when they happened
 *    (enqueue.ts). A row that exists already is left alone.
 * 2. Claim: a batch of due rows gets a lease (FOR UPDATE SKIP LOCKED, so two
 *    runners never take the same row). A lease that expired because its
 *    runner died is claimed again.
 * 3. Compose each row with its kind's module, one batched query per kind;
 *    rows in the person's quiet hours wait until they end.
 * 4. Send. Emails go to the provider up to 100 a request, each request under
 *    a key recorded on its rows before it is made (`sendKey`): a row with a
 *    key goes out again only in that request, with every row that shares it,
 *    so a retry after a crash is one the provider answers without sending
 *    twice. Push messages carry a key derived from the row: the push
 *    service's Topic (an undelivered duplicate replaces the first) and the
 *    notification's tag (a device shows it once).
 * 5. Record the outcome, only while still holding the lease.
 */
export type RunnerDeps = {
  db: Db;
  mailer: Mailer;
  /** Null when push is not set up here: push rows wait (nothing is lost) until it is. */
  pusher: Pusher | null;
  now: Date;
  /** Only these rows (a message sent at once); planning is skipped. */
  only?: string[];
  batchSize?: number;
  leaseMs?: number;
  /** Push messages sent at once; a push service's rate limit is respected through 429s. */
  sendConcurrency?: number;
  /** Email batch requests at once, per runner (Resend allows a few requests a second; 429s are respected). */
  emailBatchConcurrency?: number;
  maxAttempts?: number;
  log?: (line: string) => void;
};

export type RunReport = {
  planned: number;
  sent: number;
  skipped: number;
  deferred: number;
  retrying: number;
  failed: number;
  batches: number;
};

const DEFAULTS = { batchSize: 500, leaseMs: 5 * 60_000, sendConcurrency: 16, emailBatchConcurrency: 2, maxAttempts: 6 };

export async function runNotifications(deps: RunnerDeps): Promise<RunReport> {
  const options = { ...DEFAULTS, ...deps };
  const report: RunReport = {
    planned: deps.only ? 0 : await planScheduled(deps.db, deps.now),
    sent: 0,
    skipped: 0,
    deferred: 0,
    retrying: 0,
    failed: 0,
    batches: 0,
  };
  for (;;) {
    const leaseToken = randomUUID();
    const batch = await claimBatch(deps, leaseToken, options.batchSize, options.leaseMs);
    if (batch.length === 0) break;
    report.batches++;
    const outcome = await deliverBatch(deps, batch, leaseToken, options);
    for (const key of ["sent", "skipped", "deferred", "retrying", "failed"] as const) report[key] += outcome[key];
  }
  return report;
}

type Outcome = Omit<RunReport, "planned" | "batches">;

async function deliverBatch(deps: RunnerDeps, batch: ClaimedDelivery[], leaseToken: string, options: typeof DEFAULTS): Promise<Outcome> {
  const { db, now } = deps;
  const recipients = await loadRecipients(db, batch);
  const devices = await loadDevices(db, batch);
  const deferred: { id: string; until: Date }[] = [];
  const skipped: string[] = [];
  const ready: ClaimedDelivery[] = [];
  for (const row of batch) {
    const kind = NOTIFICATION_KINDS[row.kind];
    const person = recipients.get(row.userId);
    const quietUntil =
      person?.timeZone && kind.respectsQuietHours ? quietHoursEnd(person.quietStart, person.quietEnd, person.timeZone, now) : null;
    if (!person || !wantsChannel(kind, person, row.channel) || (row.channel === "PUSH" && !devices.has(row.target))) skipped.push(row.id);
    // A row already in a provider request may have reached the person: it is not held back, only retried.
    else if (quietUntil && !row.sendKey) deferred.push({ id: row.id, until: quietUntil });
    else if (row.channel === "PUSH" && !deps.pusher) deferred.push({ id: row.id, until: new Date(now.getTime() + 60 * 60_000) });
    else ready.push(row);
  }

  const contents = new Map<string, Content>();
  for (const [kind, rows] of groupBy(ready, (row) => row.kind)) {
    for (const [id, content] of await NOTIFICATION_KINDS[kind].compose(rows, { db, now, recipients })) contents.set(id, content);
  }
  const badges = await unreadBadges(
    db,
    ready.filter((row) => row.channel === "PUSH"),
  );

  const sent: { id: string; providerId: string | null }[] = [];
  const gone = new Set<string>();
  const outcome: Outcome = { sent: 0, skipped: 0, deferred: deferred.length, retrying: 0, failed: 0 };
  const failed = async (rows: ClaimedDelivery[], error: unknown) => {
    const result = await recordFailure(db, rows, leaseToken, error, now, options.maxAttempts);
    outcome[result] += rows.length;
    const what =
      rows.length === 1 ? `${rows[0]!.id} (${rows[0]!.kind})` : `${rows.length} rows (${[...new Set(rows.map((r) => r.kind))].join(", ")})`;
    deps.log?.(`${rows[0]!.channel.toLowerCase()} ${what} ${result}: ${error instanceof Error ? error.message : String(error)}`);
  };

  const emails: { row: ClaimedDelivery; email: OutgoingEmail }[] = [];
  const pushes: ClaimedDelivery[] = [];
  for (const row of ready) {
    const content = contents.get(row.id);
    if (row.channel === "EMAIL" && content?.email) {
      emails.push({ row, email: { ...content.email, idempotencyKey: `kindred-${row.kind}-${row.userId}-${row.periodKey}` } });
    } else if (row.channel === "PUSH" && content?.push && devices.has(row.target)) pushes.push(row);
    else skipped.push(row.id);
  }

  const sendEmails = async () => {
    const requests = await sendRequests(db, emails, leaseToken, now);
    await forEachLimited(requests, options.emailBatchConcurrency, async ({ key, items }) => {
      try {
        const results = await deps.mailer.sendBatch(
          items.map((item) => item.email),
          key,
        );
        for (const [index, result] of results.entries()) {
          const { row } = items[index]!;
          if ("id" in result) sent.push({ id: row.id, providerId: result.id });
          else await failed([row], result.error);
        }
      } catch (error) {
        // The provider had accepted this request before, from a runner that did not live to record it.
        if (error instanceof EmailDeliveryError && error.alreadyAccepted) {
          for (const { row } of items) sent.push({ id: row.id, providerId: null });
        } else
          await failed(
            items.map((item) => item.row),
            error,
          );
      }
    });
  };
  const sendPushes = () =>
    forEachLimited(pushes, options.sendConcurrency, async (row) => {
      try {
        const push = contents.get(row.id)!.push!;
        const result = await deps.pusher!.send(
          devices.get(row.target)!,
          { ...push, tag: row.id, badge: badges.get(row.userId) ?? 0 },
          { topic: row.id },
        );
        sent.push({ id: row.id, providerId: result.id });
      } catch (error) {
        if (error instanceof PushDeliveryError && error.gone) gone.add(row.target);
        await failed([row], error);
      }
    });
  await Promise.all([sendEmails(), sendPushes()]);
  await recordSent(db, sent, leaseToken, now);
  await settle(db, skipped, leaseToken, now);
  await defer(db, deferred, leaseToken, now);
  // The push service says the subscription no longer exists: forget the device (and, by cascade, what waits for it).
  if (gone.size > 0) await db.pushDevice.deleteMany({ where: { id: { in: [...gone] } } });
  outcome.sent = sent.length;
  outcome.skipped = skipped.length;
  return outcome;
}

const PLANNER_SELECT = {
  id: true,
  timeZone: true,
  reminderEnabled: true,
  reminderHour: true,
  digestEnabled: true,
  digestWeekday: true,
  digestHour: true,
  notificationPrefs: { select: { kind: true, channels: true } },
  pushDevices: { select: { id: true } },
} as const;

/** Inserts a row per target for every scheduled message that is due now and has none yet, a page of people at a time. */
async function planScheduled(db: Db, now: Date, pageSize = 1000): Promise<number> {
  const scheduled = Object.values(NOTIFICATION_KINDS).filter((module) => module.schedule);
  let planned = 0;
  let cursor: string | undefined;
  for (;;) {
    const people = await db.user.findMany({
      where: {
        timeZone: { not: null },
        name: { not: null },
        OR: scheduled.map((module) => module.schedule!.where),
        ...(cursor ? { id: { gt: cursor } } : {}),
      },
      orderBy: { id: "asc" },
      take: pageSize,
      select: PLANNER_SELECT,
    });
    if (people.length === 0) return planned;
    cursor = people.at(-1)!.id;
    const rows = people.flatMap((person) => {
      const choices = new Map(person.notificationPrefs.map((p) => [p.kind, p.channels]));
      const deviceIds = person.pushDevices.map((d) => d.id);
      return scheduled.flatMap((module) => {
        const due = module.schedule!.due({ ...person, timeZone: person.timeZone! } satisfies PlannerPerson, now);
        if (!due) return [];
        return targetsFor(module, { choices, deviceIds }).map((target) => ({ userId: person.id, kind: module.kind, ...due, ...target }));
      });
    });
    if (rows.length > 0) planned += await insertPlanned(db, rows, now);
  }
}

type PlannedRow = Pick<ClaimedDelivery, "userId" | "kind" | "channel" | "target" | "periodKey" | "dueAt" | "deviceId">;

/**
 * The page's new rows in one INSERT of columns (unnest), skipping any planned
 * before: Prisma's createMany spent 0.3 ms of CPU a row building its statement,
 * a third of a 20,000-person digest run (BENCHMARKS.md, "Weekly digest under 30 s").
 * Ids are 128 random bits, short enough to be a Web Push topic as cuids are.
 */
async function insertPlanned(db: Db, rows: PlannedRow[], now: Date): Promise<number> {
  const column = <K extends keyof PlannedRow>(key: K) => rows.map((row) => row[key]);
  return db.$executeRaw`
    INSERT INTO "Delivery" ("id", "userId", "kind", "channel", "target", "periodKey", "dueAt", "deviceId", "createdAt", "updatedAt")
    SELECT p.*, ${now}, ${now}
      FROM unnest(${rows.map(() => randomBytes(16).toString("base64url"))}::text[], ${column("userId")}::text[],
                  ${column("kind")}::"NotificationKind"[], ${column("channel")}::"Channel"[], ${column("target")}::text[],
                  ${column("periodKey")}::text[], ${rows.map((row) => row.dueAt.toISOString())}::timestamp(3)[],
                  ${column("deviceId")}::text[]) AS p
    ON CONFLICT ("userId", "kind", "periodKey", "target") DO NOTHING`;
}

const CLAIMED_COLUMNS = Prisma.sql`d."id", d."userId", d."kind", d."channel", d."target", d."periodKey", d."dueAt", d."noteId", d."deviceId",
  d."context", d."attempts", d."sendKey"`;

/** Taken by a runner while it claims rows already in a provider request, so two runners never split one. */
const REQUEST_CLAIM_LOCK = 727_450_001;

/**
 * Due rows with a lease. Rows already in a provider request (a runner died
 * mid-send, or the provider asked to retry) come first and whole: every
 * pending row of the request, so it goes out again exactly as it went.
 */
async function claimBatch(deps: RunnerDeps, leaseToken: string, size: number, leaseMs: number): Promise<ClaimedDelivery[]> {
  const { db, now, only } = deps;
  const lease = Prisma.sql`"leaseUntil" = ${new Date(now.getTime() + leaseMs)}, "leaseToken" = ${leaseToken}, "attempts" = d."attempts" + 1,
    "updatedAt" = ${now}`;
  const due = Prisma.sql`"status" = 'PENDING' AND "dueAt" <= ${now}
    AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})
    AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= ${now})
    AND (${only ?? null}::text[] IS NULL OR "id" = ANY(${only ?? null}::text[]))`;
  const requests = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REQUEST_CLAIM_LOCK})`;
    return tx.$queryRaw<ClaimedDelivery[]>`
      UPDATE "Delivery" AS d SET ${lease}
       WHERE d."status" = 'PENDING' AND (d."leaseUntil" IS NULL OR d."leaseUntil" < ${now})
         AND d."sendKey" IN (
           SELECT DISTINCT "sendKey" FROM "Delivery" WHERE "sendKey" IS NOT NULL AND ${due}
            LIMIT ${Math.max(1, Math.floor(size / EMAIL_BATCH_LIMIT))})
      RETURNING ${CLAIMED_COLUMNS}`;
  });
  if (requests.length > 0) return requests;
  return db.$queryRaw<ClaimedDelivery[]>`
    UPDATE "Delivery" AS d SET ${lease}
     WHERE d."id" IN (
       SELECT "id" FROM "Delivery"
        WHERE ${due} AND "sendKey" IS NULL
        ORDER BY "dueAt"
        LIMIT ${size}
        FOR UPDATE SKIP LOCKED)
    RETURNING ${CLAIMED_COLUMNS}`;
}

/** Everyone the batch is for, with what every kind needs to know of them: one query. */
async function loadRecipients(db: Db, batch: ClaimedDelivery[]): Promise<Map<string, Recipient>> {
  const people = await db.user.findMany({
    where: { id: { in: [...new Set(batch.map((r) => r.userId))] } },
    select: {
      id: true,
      email: true,
      name: true,
      timeZone: true,
      createdAt: true,
      reminderEnabled: true,
      digestEnabled: true,
      quietStart: true,
      quietEnd: true,
      notificationPrefs: { select: { kind: true, channels: true } },
      _count: { select: { pushDevices: true } },
      memberships: { where: { leftAt: null }, take: 1, select: MEMBERSHIP_SELECT },
    },
  });
  return new Map(
    people.map(({ memberships, notificationPrefs, _count, ...person }) => [
      person.id,
      {
        ...person,
        couple: coupleOf(person.id, memberships[0]),
        choices: new Map<NotificationKind, ChannelChoice>(notificationPrefs.map((p) => [p.kind, p.channels])),
        deviceCount: _count.pushDevices,
      },
    ]),
  );
}

async function loadDevices(db: Db, batch: ClaimedDelivery[]) {
  const ids = batch.flatMap((row) => (row.channel === "PUSH" ? [row.target] : []));
  if (ids.length === 0) return new Map<string, { endpoint: string; p256dh: string; auth: string }>();
  const devices = await db.pushDevice.findMany({
    where: { id: { in: ids } },
    select: { id: true, endpoint: true, p256dh: true, auth: true },
  });
  return new Map(devices.map(({ id, ...target }) => [id, target]));
}

/** The app icon's badge on each push: the person's unread notes. */
async function unreadBadges(db: Db, pushRows: ClaimedDelivery[]): Promise<Map<string, number>> {
  if (pushRows.length === 0) return new Map();
  const counts = await db.$queryRaw<{ userId: string; unread: number }[]>`
    SELECT n."recipientId" AS "userId", count(*)::int AS unread
      FROM "Note" n
      JOIN "CoupleMembership" m ON m."coupleId" = n."coupleId" AND m."userId" = n."recipientId" AND m."leftAt" IS NULL
     WHERE n."recipientId" = ANY(${[...new Set(pushRows.map((r) => r.userId))]}::text[]) AND n."readAt" IS NULL
     GROUP BY n."recipientId"`;
  return new Map(counts.map((c) => [c.userId, c.unread]));
}

async function recordSent(db: Db, sent: { id: string; providerId: string | null }[], leaseToken: string, now: Date) {
  if (sent.length === 0) return;
  await db.$executeRaw`
    UPDATE "Delivery" AS d
       SET "status" = 'SENT', "sentAt" = ${now}, "providerId" = s.provider_id, "leaseUntil" = NULL, "lastError" = NULL,
           "context" = NULL, "sendKey" = NULL, "updatedAt" = ${now}
      FROM unnest(${sent.map((s) => s.id)}::text[], ${sent.map((s) => s.providerId)}::text[]) AS s(id, provider_id)
     WHERE d."id" = s.id AND d."leaseToken" = ${leaseToken}`;
}

/** Rows that should not go out after all (unsent note, already checked in, preference changed). */
async function settle(db: Db, ids: string[], leaseToken: string, now: Date) {
  if (ids.length === 0) return;
  await db.delivery.updateMany({
    where: { id: { in: ids }, leaseToken },
    data: { status: "SKIPPED", leaseUntil: null, context: null, sendKey: null, updatedAt: now },
  });
}

/** Rows in quiet hours wait for their end; waiting is not an attempt. */
async function defer(db: Db, rows: { id: string; until: Date }[], leaseToken: string, now: Date) {
  if (rows.length === 0) return;
  await db.$executeRaw`
    UPDATE "Delivery" AS d
       SET "nextAttemptAt" = s.until, "leaseUntil" = NULL, "attempts" = d."attempts" - 1, "updatedAt" = ${now}
      FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.until)}::timestamp[]) AS s(id, until)
     WHERE d."id" = s.id AND d."leaseToken" = ${leaseToken}`;
}

/**
 * 429, 5xx and network failures are retried with backoff (Retry-After wins); other refusals fail with their
 * reason. The rows of one provider request share their fate, in one statement, so they stay one request.
 */
async function recordFailure(
  db: Db,
  rows: ClaimedDelivery[],
  leaseToken: string,
  error: unknown,
  now: Date,
  maxAttempts: number,
): Promise<"retrying" | "failed"> {
  const known = error instanceof EmailDeliveryError || error instanceof PushDeliveryError ? error : null;
  const retryable = known ? known.retryable : true;
  const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const attempts = Math.max(...rows.map((row) => row.attempts));
  const where = { id: { in: rows.map((row) => row.id) }, leaseToken };
  if (!retryable || attempts >= maxAttempts) {
    await db.delivery.updateMany({
      where,
      data: { status: "FAILED", lastError: reason, leaseUntil: null, context: null, sendKey: null, updatedAt: now },
    });
    return "failed";
  }
  const backoffSeconds = known?.retryAfterSeconds ?? Math.min(3600, 30 * 2 ** (attempts - 1));
  await db.delivery.updateMany({
    where,
    data: { lastError: reason, leaseUntil: null, nextAttemptAt: new Date(now.getTime() + backoffSeconds * 1000), updatedAt: now },
  });
  return "retrying";
}

type ReadyEmail = { row: ClaimedDelivery; email: OutgoingEmail };

/**
 * The provider requests for a batch's emails. Rows already sent under a key
 * go in that request again (the claim took all of them); the others are put
 * in requests of up to EMAIL_BATCH_LIMIT, and each request's key is recorded
 * on its rows before anything is sent. A row whose lease was lost meanwhile
 * is left to the runner that holds it.
 */
async function sendRequests(db: Db, emails: ReadyEmail[], leaseToken: string, now: Date) {
  const requests = [
    ...groupBy(
      emails.filter((e) => e.row.sendKey),
      (e) => e.row.sendKey!,
    ),
  ].map(([key, items]) => ({ key, items }));
  const fresh = emails.filter((e) => !e.row.sendKey);
  const keyed: { key: string; items: ReadyEmail[] }[] = [];
  for (let start = 0; start < fresh.length; start += EMAIL_BATCH_LIMIT) {
    keyed.push({ key: `kindred-batch-${randomUUID()}`, items: fresh.slice(start, start + EMAIL_BATCH_LIMIT) });
  }
  if (keyed.length === 0) return requests;
  const rows = keyed.flatMap(({ key, items }) => items.map(({ row }) => ({ id: row.id, key })));
  const recorded = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Delivery" AS d
       SET "sendKey" = s.key, "updatedAt" = ${now}
      FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.key)}::text[]) AS s(id, key)
     WHERE d."id" = s.id AND d."leaseToken" = ${leaseToken} AND d."status" = 'PENDING'
    RETURNING d."id"`;
  const held = new Set(recorded.map((r) => r.id));
  for (const { key, items } of keyed) {
    const mine = items.filter(({ row }) => held.has(row.id));
    if (mine.length > 0) requests.push({ key, items: mine });
  }
  return requests;
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}
