import "server-only";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Db } from "@/lib/db";
import type { WeeklyDigestEmailProps } from "@/lib/email/templates/weekly-digest-email";
import { unsubscribeLinks } from "@/lib/email/unsubscribe";
import { appUrl } from "@/lib/env";
import { sharedInCouples } from "@/lib/checkins/privacy";
import { feelingName, moodInWords } from "@/lib/checkins/mood";
import { coupleOf, MEMBERSHIP_SELECT, type CurrentCouple } from "@/lib/couples/membership";
import { isoWeekKey, practiceScopeKey, resolvePractice } from "@/lib/practices/week";
import { allPractices } from "@/lib/practices/library";
import { questionById } from "@/lib/questions/bank";
import { firstLine } from "@/lib/notes/first-line";

export type DigestRequest = { userId: string; dueAt: Date; weekStart: Date };
export type Digest = { to: string; props: WeeklyDigestEmailProps; headers: Record<string, string> };
/** Who a digest is for, with their couple (as the email runner has already loaded them). */
export type DigestPerson = { id: string; email: string; name: string | null; timeZone: string | null; couple: CurrentCouple | null };

async function loadPeople(db: Db, ids: string[]): Promise<DigestPerson[]> {
  const people = await db.user.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      email: true,
      name: true,
      timeZone: true,
      memberships: { where: { leftAt: null }, take: 1, select: MEMBERSHIP_SELECT },
    },
  });
  return people.map(({ memberships, ...person }) => ({ ...person, couple: coupleOf(person.id, memberships[0]) }));
}

const WEEKDAY_LABELS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Everything the weekly digests of a batch of people need, in a fixed number
 * of queries per batch (not per person). Check-ins are read only through
 * sharedInCouples (or the person's own shared ones): a private check-in cannot
 * reach a digest. `known` are the people already loaded with their couples
 * (the email runner's recipients); without it they are read here.
 */
export async function loadDigests(db: Db, requests: DigestRequest[], known?: Map<string, DigestPerson>): Promise<Map<string, Digest>> {
  if (requests.length === 0) return new Map();
  const from = new Date(Math.min(...requests.map((r) => r.weekStart.getTime())));
  const to = new Date(Math.max(...requests.map((r) => r.dueAt.getTime())));

  const people = known
    ? requests.flatMap((r) => known.get(r.userId) ?? [])
    : await loadPeople(
        db,
        requests.map((r) => r.userId),
      );
  const context = new Map(
    people.map(({ couple, ...person }) => [
      person.id,
      { person, coupleId: couple?.id ?? null, partner: couple?.partner ?? null, coupleZone: couple?.timeZone ?? person.timeZone ?? "UTC" },
    ]),
  );
  // What depends only on a zone and the week is worked out once per zone, not per person:
  // time-zone arithmetic was a twentieth of a digest's CPU (BENCHMARKS.md, "Weekly digest under 30 s").
  const weekKeys = new Map<string, string>();
  const weekKey = (at: Date, zone: string) => {
    const key = `${zone}|${at.getTime()}`;
    return weekKeys.get(key) ?? weekKeys.set(key, isoWeekKey(at, zone)).get(key)!;
  };
  const weeks = new Map<string, { days: { label: string; date: number; month: number }[]; rangeLabel: string }>();
  const weekIn = (zone: string, { weekStart, dueAt }: DigestRequest) => {
    const key = `${zone}|${weekStart.getTime()}|${dueAt.getTime()}`;
    let week = weeks.get(key);
    if (!week) {
      const days = Array.from({ length: 7 }, (_, i) => {
        const day = new TZDate(weekStart.getTime() + (i + 1) * 86_400_000 - 1, zone);
        return { label: WEEKDAY_LABELS[day.getDay()]!, date: day.getDate(), month: day.getMonth() };
      });
      const first = format(new TZDate(weekStart.getTime() + 1, zone), "d MMMM");
      const last = format(new TZDate(dueAt.getTime() - 1, zone), "d MMMM");
      week = { days, rangeLabel: `the week of ${first} to ${last}` };
      weeks.set(key, week);
    }
    return week;
  };

  const coupleIds = [...new Set([...context.values()].flatMap((c) => (c.coupleId ? [c.coupleId] : [])))];
  // Linked people read their couples' shared check-ins (each is handed only their partner's, below); someone not linked reads their own shared ones.
  const solo = [...context.values()].flatMap((c) => (c.coupleId ? [] : [c.person.id]));
  const readable = [sharedInCouples(coupleIds), { authorId: { in: solo }, visibility: "SHARED" as const }];

  const [checkIns, notes, responses, swaps, questions, bids, repairs, apologies] = await Promise.all([
    db.checkIn.findMany({
      where: { OR: readable, createdAt: { gte: from, lt: to } },
      orderBy: { createdAt: "asc" },
      select: { authorId: true, coupleId: true, createdAt: true, feeling: true, pleasantness: true, energy: true, note: true },
    }),
    coupleIds.length
      ? db.note.findMany({
          where: { coupleId: { in: coupleIds }, createdAt: { gte: from, lt: to } },
          orderBy: { createdAt: "asc" },
          select: { authorId: true, coupleId: true, createdAt: true, body: true },
        })
      : [],
    coupleIds.length
      ? db.checkInResponse.findMany({
          where: { checkIn: { coupleId: { in: coupleIds }, visibility: "SHARED" }, updatedAt: { gte: from, lt: to } },
          select: { responderId: true, updatedAt: true, checkIn: { select: { coupleId: true } } },
        })
      : [],
    db.practiceWeek.findMany({
      where: {
        scopeKey: { in: [...context.values()].map((c) => practiceScopeKey(c.person.id, c.coupleId)) },
        week: { in: [...new Set(requests.map((r) => weekKey(r.dueAt, context.get(r.userId)?.coupleZone ?? "UTC")))] },
      },
      select: { scopeKey: true, week: true, slug: true },
    }),
    // The week's questions of each couple with their answers; only those both answered reach a digest.
    coupleIds.length
      ? db.dailyQuestion.findMany({
          where: { scopeKey: { in: coupleIds.map((id) => `couple:${id}`) }, answers: { some: { createdAt: { gte: from, lt: to } } } },
          orderBy: { day: "asc" },
          select: {
            scopeKey: true,
            questionId: true,
            answers: { select: { authorId: true, coupleId: true, body: true, createdAt: true } },
          },
        })
      : [],
    // Bids only as counts: who reached out and whether it was answered.
    coupleIds.length
      ? db.bid.findMany({
          where: { coupleId: { in: coupleIds }, createdAt: { gte: from, lt: to } },
          select: { coupleId: true, senderId: true, createdAt: true, answeredAt: true },
        })
      : [],
    // Repair phrases only as a count, never their words.
    coupleIds.length
      ? db.repairSent.findMany({
          where: { coupleId: { in: coupleIds }, createdAt: { gte: from, lt: to } },
          select: { coupleId: true, createdAt: true },
        })
      : [],
    coupleIds.length
      ? db.apology.findMany({
          where: { coupleId: { in: coupleIds }, createdAt: { gte: from, lt: to } },
          select: { coupleId: true, createdAt: true },
        })
      : [],
  ]);
  const swapFor = new Map(swaps.map((s) => [`${s.scopeKey}|${s.week}`, s.slug]));

  // Group once, so each person's digest reads only their own rows.
  const checkInsByAuthor = groupBy(checkIns, (c) => c.authorId);
  const notesByCouple = groupBy(notes, (n) => n.coupleId ?? "");
  const responsesByCouple = groupBy(responses, (r) => r.checkIn.coupleId ?? "");
  const questionsByScope = groupBy(questions, (q) => q.scopeKey);
  const bidsByCouple = groupBy(bids, (b) => b.coupleId);
  const repairsByCouple = groupBy(repairs, (r) => r.coupleId);
  const apologiesByCouple = groupBy(apologies, (a) => a.coupleId);

  const digests = new Map<string, Digest>();
  for (const request of requests) {
    const ctx = context.get(request.userId);
    if (!ctx) continue;
    const { person, partner, coupleId } = ctx;
    const zone = person.timeZone ?? "UTC";
    const inWeek = (d: Date) => d >= request.weekStart && d < request.dueAt;
    // partnerShared, per person: the partner's shared check-ins inside this couple (or, not linked, their own shared ones).
    const subjectId = partner?.id ?? person.id;
    const theirs = (checkInsByAuthor.get(subjectId) ?? [])
      .filter((c) => inWeek(c.createdAt) && (!partner || c.coupleId === coupleId))
      .map((c) => ({ ...c, local: new TZDate(c.createdAt.getTime(), zone) }));

    const calendar = weekIn(zone, request);
    const chart = calendar.days.map((day) => {
      const values = theirs.filter((c) => c.local.getDate() === day.date && c.local.getMonth() === day.month).map((c) => c.pleasantness);
      return { label: day.label, pleasantness: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null };
    });
    const weekNotes = coupleId ? (notesByCouple.get(coupleId) ?? []).filter((n) => inWeek(n.createdAt)) : [];
    const weekBids = coupleId ? (bidsByCouple.get(coupleId) ?? []).filter((b) => inWeek(b.createdAt)) : [];
    const weekResponses = coupleId ? (responsesByCouple.get(coupleId) ?? []).filter((r) => inWeek(r.updatedAt)) : [];
    // Both answered within the week, in this couple: never an answer the person has not earned by answering.
    const weekQuestions = (coupleId && partner ? (questionsByScope.get(`couple:${coupleId}`) ?? []) : []).flatMap((q) => {
      const mine = q.answers.find((a) => a.authorId === person.id && a.coupleId === coupleId);
      const theirs = q.answers.find((a) => a.authorId === partner!.id && a.coupleId === coupleId);
      const text = questionById(q.questionId)?.text;
      if (!mine || !theirs || !text || !inWeek(mine.createdAt > theirs.createdAt ? mine.createdAt : theirs.createdAt)) return [];
      return [{ question: text, mine: firstLine(mine.body, 160), theirs: firstLine(theirs.body, 160) }];
    });
    const scopeKey = practiceScopeKey(person.id, coupleId);
    const week = weekKey(request.dueAt, ctx.coupleZone);
    const practice = resolvePractice(allPractices(), scopeKey, ctx.coupleZone, request.dueAt, swapFor.get(`${scopeKey}|${week}`));
    const unsubscribe = unsubscribeLinks(person.id, "digest");

    digests.set(person.id, {
      to: person.email,
      headers: unsubscribe.headers,
      props: {
        name: person.name ?? "there",
        partnerName: partner?.name ?? null,
        rangeLabel: calendar.rangeLabel,
        checkIns: theirs.map((c) => ({
          when: format(c.local, "EEE d MMM, HH:mm"),
          feeling: feelingName(c),
          mood: moodInWords(c.pleasantness, c.energy),
          note: c.note,
        })),
        chart,
        notes: {
          sent: weekNotes.filter((n) => n.authorId === person.id).length,
          received: weekNotes.filter((n) => n.authorId !== person.id).length,
          // An encrypted couple's notes are counted, never quoted: the server cannot read them.
          firstLines: weekNotes
            .flatMap((n) =>
              n.body === null
                ? []
                : [{ from: n.authorId === person.id ? "You" : (partner?.name ?? "Your partner"), line: firstLine(n.body, 80) }],
            )
            .slice(-5),
        },
        responses: {
          given: weekResponses.filter((r) => r.responderId === person.id).length,
          received: weekResponses.filter((r) => r.responderId !== person.id).length,
        },
        bids: {
          sent: weekBids.filter((b) => b.senderId === person.id).length,
          received: weekBids.filter((b) => b.senderId !== person.id).length,
          answered: weekBids.filter((b) => b.answeredAt !== null).length,
        },
        repairs: coupleId ? (repairsByCouple.get(coupleId) ?? []).filter((r) => inWeek(r.createdAt)).length : 0,
        apologies: coupleId ? (apologiesByCouple.get(coupleId) ?? []).filter((a) => inWeek(a.createdAt)).length : 0,
        questions: weekQuestions,
        practice: { title: practice.title, exercise: practice.exercise, url: `${appUrl()}/practices/${practice.slug}` },
        homeUrl: `${appUrl()}/home`,
        inviteUrl: partner ? null : `${appUrl()}/home`,
        unsubscribeUrl: unsubscribe.page,
      },
    });
  }
  return digests;
}
