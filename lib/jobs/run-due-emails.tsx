import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { coupleOf, MEMBERSHIP_SELECT } from "@/lib/couples/membership";
import { loadDigests } from "@/lib/digests/load";
import { EmailDeliveryError, type Mailer, type OutgoingEmail } from "@/lib/email/mailer";
import { digestOccurrence, reminderOccurrence } from "@/lib/email/schedule";
import { CheckInReminderEmail } from "@/lib/email/templates/check-in-reminder-email";
import { NoteReceivedEmail } from "@/lib/email/templates/note-received-email";
import { WeeklyDigestEmail, type WeeklyDigestEmailProps } from "@/lib/email/templates/weekly-digest-email";
import { unsubscribeLinks } from "@/lib/email/unsubscribe";
import { appUrl } from "@/lib/env";
import type { EmailKind } from "@/lib/generated/prisma/enums";
import { startOfLocalDay } from "@/lib/time/days";

/**
 * The one job runner: finds every email that is due (check-in reminders,
 * weekly digests, note notifications) and delivers each at most once per
 * (person, kind, period), also when runners overlap, crash or the provider
 * fails.
 *
 * 1. Plan: a row per due email is inserted with its unique key
 *    (userId, kind, periodKey); a row that exists already is left alone.
 * 2. Claim: a batch of due rows gets a lease (FOR UPDATE SKIP LOCKED, so two
 *    runners never take the same row). A lease that expired because its runner
 *    died is claimed again.
 * 3. Send with the provider's idempotency key derived from the row, so a
 *    retried send after a crash is delivered once.
 * 4. Record the outcome, only while still holding the lease.
 */
export type JobDeps = {
  db: Db;
  mailer: Mailer;
  now: Date;
  batchSize?: number;
  leaseMs?: number;
  /** Messages sent at once; a provider's rate limit is respected through 429s. */
  sendConcurrency?: number;
  maxAttempts?: number;
  log?: (line: string) => void;
};

export type RunReport = { planned: number; sent: number; skipped: number; retrying: number; failed: number; batches: number };

const DEFAULTS = { batchSize: 200, leaseMs: 5 * 60_000, sendConcurrency: 8, maxAttempts: 6 };

type Claimed = { id: string; userId: string; kind: EmailKind; periodKey: string; dueAt: Date; noteId: string | null; attempts: number };

export async function runDueEmails(deps: JobDeps): Promise<RunReport> {
  const options = { ...DEFAULTS, ...deps };
  const report: RunReport = {
    planned: await planScheduledEmails(deps.db, deps.now),
    sent: 0,
    skipped: 0,
    retrying: 0,
    failed: 0,
    batches: 0,
  };
  for (;;) {
    const leaseToken = randomUUID();
    const batch = await claimBatch(deps.db, deps.now, leaseToken, options.batchSize, options.leaseMs);
    if (batch.length === 0) break;
    report.batches++;
    const messages = await composeBatch(deps.db, batch, deps.now);
    const sent: { id: string; providerId: string }[] = [];
    const skipped: string[] = [];
    await forEachLimited(batch, options.sendConcurrency, async (row) => {
      const message = messages.get(row.id);
      if (!message) {
        skipped.push(row.id);
        return;
      }
      try {
        const result = await deps.mailer.send({ ...message, idempotencyKey: `kindred-${row.kind}-${row.userId}-${row.periodKey}` });
        sent.push({ id: row.id, providerId: result.id });
      } catch (error) {
        const outcome = await recordFailure(deps.db, row, leaseToken, error, deps.now, options.maxAttempts);
        report[outcome]++;
        deps.log?.(`email ${row.id} (${row.kind}) ${outcome}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    await recordSent(deps.db, sent, leaseToken, deps.now);
    await recordSkipped(deps.db, skipped, leaseToken, deps.now);
    report.sent += sent.length;
    report.skipped += skipped.length;
  }
  return report;
}

/** Inserts a row for every reminder and digest that is due now and has none yet. */
async function planScheduledEmails(db: Db, now: Date, pageSize = 1000): Promise<number> {
  let planned = 0;
  let cursor: string | undefined;
  for (;;) {
    const people = await db.user.findMany({
      where: {
        timeZone: { not: null },
        name: { not: null },
        OR: [{ reminderEnabled: true }, { digestEnabled: true }],
        ...(cursor ? { id: { gt: cursor } } : {}),
      },
      orderBy: { id: "asc" },
      take: pageSize,
      select: {
        id: true,
        timeZone: true,
        reminderEnabled: true,
        reminderHour: true,
        digestEnabled: true,
        digestWeekday: true,
        digestHour: true,
      },
    });
    if (people.length === 0) return planned;
    cursor = people.at(-1)!.id;
    const rows: { userId: string; kind: EmailKind; periodKey: string; dueAt: Date }[] = [];
    for (const person of people) {
      const zone = person.timeZone!;
      const reminder = person.reminderEnabled ? reminderOccurrence(person.reminderHour, zone, now) : null;
      if (reminder) rows.push({ userId: person.id, kind: "CHECKIN_REMINDER", ...reminder });
      const digest = person.digestEnabled ? digestOccurrence(person.digestWeekday, person.digestHour, zone, now) : null;
      if (digest) rows.push({ userId: person.id, kind: "WEEKLY_DIGEST", periodKey: digest.periodKey, dueAt: digest.dueAt });
    }
    if (rows.length > 0) planned += (await db.emailDelivery.createMany({ data: rows, skipDuplicates: true })).count;
  }
}

async function claimBatch(db: Db, now: Date, leaseToken: string, size: number, leaseMs: number): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    UPDATE "EmailDelivery" AS d
       SET "leaseUntil" = ${new Date(now.getTime() + leaseMs)}, "leaseToken" = ${leaseToken}, "attempts" = d."attempts" + 1, "updatedAt" = ${now}
     WHERE d."id" IN (
       SELECT "id" FROM "EmailDelivery"
        WHERE "status" = 'PENDING' AND "dueAt" <= ${now}
          AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})
          AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= ${now})
        ORDER BY "dueAt"
        LIMIT ${size}
        FOR UPDATE SKIP LOCKED)
    RETURNING d."id", d."userId", d."kind", d."periodKey", d."dueAt", d."noteId", d."attempts"`;
}

/** Builds each claimed row's email, or leaves it out when it should not be sent after all. */
async function composeBatch(db: Db, batch: Claimed[], now: Date): Promise<Map<string, Omit<OutgoingEmail, "idempotencyKey">>> {
  const messages = new Map<string, Omit<OutgoingEmail, "idempotencyKey">>();
  const people = await db.user.findMany({
    where: { id: { in: [...new Set(batch.map((r) => r.userId))] } },
    select: {
      id: true,
      email: true,
      name: true,
      timeZone: true,
      reminderEnabled: true,
      noteEmails: true,
      digestEnabled: true,
      createdAt: true,
      memberships: { where: { leftAt: null }, take: 1, select: MEMBERSHIP_SELECT },
    },
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  const coupleOfPerson = (id: string) => coupleOf(id, byId.get(id)?.memberships[0]);

  // Reminders: not on a local day the person already checked in.
  const reminders = batch.filter((r) => r.kind === "CHECKIN_REMINDER");
  const checkedIn = reminders.length
    ? await db.checkIn.findMany({
        where: { authorId: { in: reminders.map((r) => r.userId) }, createdAt: { gte: new Date(now.getTime() - 2 * 86_400_000) } },
        select: { authorId: true, createdAt: true },
      })
    : [];
  for (const row of reminders) {
    const person = byId.get(row.userId);
    if (!person?.reminderEnabled || !person.timeZone) continue;
    const dayStart = startOfLocalDay(now, person.timeZone);
    if (checkedIn.some((c) => c.authorId === person.id && c.createdAt >= dayStart)) continue;
    const unsubscribe = unsubscribeLinks(person.id, "reminder");
    messages.set(row.id, {
      to: person.email,
      subject: "How are you feeling today?",
      headers: unsubscribe.headers,
      react: (
        <CheckInReminderEmail
          name={person.name ?? "there"}
          partnerName={coupleOfPerson(person.id)?.partner.name ?? null}
          checkInUrl={`${appUrl()}/checkin`}
          unsubscribeUrl={unsubscribe.page}
        />
      ),
    });
  }

  // Notes: only if still wanted, the note still exists and is still unread.
  const noteRows = batch.filter((r) => r.kind === "NOTE_RECEIVED" && r.noteId);
  const notes = noteRows.length
    ? await db.note.findMany({
        where: { id: { in: noteRows.map((r) => r.noteId!) } },
        select: { id: true, readAt: true, recipientId: true, coupleId: true, author: { select: { name: true } } },
      })
    : [];
  for (const row of noteRows) {
    const person = byId.get(row.userId);
    const note = notes.find((n) => n.id === row.noteId);
    // Not after an unlink in the unsend window: the note is no longer theirs to read.
    const stillTheirs = note?.recipientId === person?.id && note?.coupleId === coupleOfPerson(note?.recipientId ?? "")?.id;
    if (!person?.noteEmails || !note || note.readAt || !stillTheirs) continue;
    const partnerName = note.author.name ?? "Your partner";
    const unsubscribe = unsubscribeLinks(person.id, "notes");
    messages.set(row.id, {
      to: person.email,
      subject: `${partnerName} sent you a note`,
      headers: unsubscribe.headers,
      react: (
        <NoteReceivedEmail
          name={person.name ?? "there"}
          partnerName={partnerName}
          noteUrl={`${appUrl()}/notes/${note.id}`}
          unsubscribeUrl={unsubscribe.page}
        />
      ),
    });
  }

  // Digests: the seven days up to the moment of sending (what was written since the scheduled hour counts
  // too); none in a person's first day, nor when the week holds nothing to tell.
  const digestRows = batch.filter((r) => {
    const person = byId.get(r.userId);
    return r.kind === "WEEKLY_DIGEST" && person?.digestEnabled && now.getTime() - person.createdAt.getTime() >= DAY_MS;
  });
  const digests = await loadDigests(
    db,
    digestRows.map((r) => ({ userId: r.userId, dueAt: now, weekStart: new Date(now.getTime() - 7 * DAY_MS) })),
  );
  for (const row of digestRows) {
    const digest = digests.get(row.userId);
    if (!digest || isEmptyWeek(digest.props)) continue;
    messages.set(row.id, {
      to: digest.to,
      subject: digest.props.partnerName ? `Your week with ${digest.props.partnerName}` : "Your week in Kindred",
      headers: digest.headers,
      react: <WeeklyDigestEmail {...digest.props} />,
    });
  }
  return messages;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function isEmptyWeek(props: WeeklyDigestEmailProps): boolean {
  const { checkIns, notes, responses } = props;
  return checkIns.length === 0 && notes.sent + notes.received === 0 && responses.given + responses.received === 0;
}

async function recordSent(db: Db, sent: { id: string; providerId: string }[], leaseToken: string, now: Date) {
  if (sent.length === 0) return;
  await db.$executeRaw`
    UPDATE "EmailDelivery" AS d
       SET "status" = 'SENT', "sentAt" = ${now}, "providerId" = s.provider_id, "leaseUntil" = NULL, "lastError" = NULL, "updatedAt" = ${now}
      FROM unnest(${sent.map((s) => s.id)}::text[], ${sent.map((s) => s.providerId)}::text[]) AS s(id, provider_id)
     WHERE d."id" = s.id AND d."leaseToken" = ${leaseToken}`;
}

async function recordSkipped(db: Db, ids: string[], leaseToken: string, now: Date) {
  if (ids.length === 0) return;
  await db.emailDelivery.updateMany({
    where: { id: { in: ids }, leaseToken },
    data: { status: "SKIPPED", leaseUntil: null, updatedAt: now },
  });
}

/** 429, 5xx and network failures are retried with backoff (Retry-After wins); other refusals fail with their reason. */
async function recordFailure(
  db: Db,
  row: Claimed,
  leaseToken: string,
  error: unknown,
  now: Date,
  maxAttempts: number,
): Promise<"retrying" | "failed"> {
  const retryable = error instanceof EmailDeliveryError ? error.retryable : true;
  const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  if (!retryable || row.attempts >= maxAttempts) {
    await db.emailDelivery.updateMany({
      where: { id: row.id, leaseToken },
      data: { status: "FAILED", lastError: reason, leaseUntil: null, updatedAt: now },
    });
    return "failed";
  }
  const backoffSeconds =
    error instanceof EmailDeliveryError && error.retryAfterSeconds !== null
      ? error.retryAfterSeconds
      : Math.min(3600, 30 * 2 ** (row.attempts - 1));
  await db.emailDelivery.updateMany({
    where: { id: row.id, leaseToken },
    data: { lastError: reason, leaseUntil: null, nextAttemptAt: new Date(now.getTime() + backoffSeconds * 1000), updatedAt: now },
  });
  return "retrying";
}

async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}
