import "server-only";
import { writeAndTell } from "@/lib/live/notify";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError, NotFoundError, isUniqueViolation } from "@/lib/errors";
import { allPractices, practiceBySlug } from "./library";
import type { Practice } from "./schema";
import { isoWeekKey, practiceScopeKey, resolvePractice } from "./week";

type Options = { now?: Date };

/** A couple shares one practice of the week; someone not linked has their own. */
function scopeOf(viewer: Viewer): { scopeKey: string; timeZone: string } {
  return {
    scopeKey: practiceScopeKey(viewer.id, viewer.couple?.id ?? null),
    timeZone: viewer.couple ? viewer.couple.timeZone : (viewer.timeZone ?? "UTC"),
  };
}

export type PracticeOfTheWeek = {
  practice: Practice;
  week: string;
  swappedBy: string | null;
  canSwap: boolean;
  triedByMe: boolean;
  triedByPartner: boolean;
};

export async function getPracticeOfTheWeek(viewer: Viewer, { now = new Date() }: Options = {}): Promise<PracticeOfTheWeek> {
  const me = assertViewer(viewer);
  const { scopeKey, timeZone } = scopeOf(me);
  const week = isoWeekKey(now, timeZone);
  const [swap, tried] = await Promise.all([
    db.practiceWeek.findUnique({
      where: { scopeKey_week: { scopeKey, week } },
      select: { slug: true, chosenBy: { select: { id: true, name: true } } },
    }),
    db.practiceTried.findMany({
      where: { scopeKey, week, userId: { in: [me.id, ...(me.couple ? [me.couple.partner.id] : [])] } },
      select: { userId: true },
    }),
  ]);
  const practice = resolvePractice(allPractices(), scopeKey, timeZone, now, swap?.slug);
  return {
    practice,
    week,
    swappedBy: swap ? (swap.chosenBy?.id === me.id ? "you" : (swap.chosenBy?.name ?? "your partner")) : null,
    canSwap: !swap,
    triedByMe: tried.some((t) => t.userId === me.id),
    triedByPartner: Boolean(me.couple && tried.some((t) => t.userId === me.couple!.partner.id)),
  };
}

/**
 * Makes `slug` the practice of this week, once per week per couple (either
 * partner may do it; both then see it). The unique key settles a race.
 */
export async function swapPractice(viewer: Viewer, slug: string, { now = new Date() }: Options = {}): Promise<void> {
  const me = assertViewer(viewer);
  if (!practiceBySlug(slug)) throw new NotFoundError("We couldn't find that practice.");
  const current = await getPracticeOfTheWeek(me, { now });
  if (current.practice.slug === slug) throw new AppError("That is already this week's practice.", "conflict");
  if (!current.canSwap)
    throw new AppError(`This week's practice was already changed by ${current.swappedBy}. You can change it again next week.`, "conflict");
  const { scopeKey } = scopeOf(me);
  try {
    await writeAndTell(me.couple?.partner.id, "practice", (tx) =>
      tx.practiceWeek.create({ data: { scopeKey, week: current.week, slug, chosenById: me.id } }),
    );
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("This week's practice was just changed. You can change it again next week.", "conflict");
    throw error;
  }
}

/** "We tried it": marks (or unmarks) this week's practice as tried by me. */
export async function setTried(viewer: Viewer, tried: boolean, { now = new Date() }: Options = {}): Promise<void> {
  const me = assertViewer(viewer);
  const current = await getPracticeOfTheWeek(me, { now });
  const { scopeKey } = scopeOf(me);
  const key = { userId_scopeKey_week: { userId: me.id, scopeKey, week: current.week } };
  await writeAndTell(me.couple?.partner.id, "practice", (tx): Promise<unknown> =>
    tried
      ? tx.practiceTried.upsert({
          where: key,
          create: { userId: me.id, scopeKey, week: current.week, slug: current.practice.slug },
          update: {},
        })
      : tx.practiceTried.deleteMany({ where: { userId: me.id, scopeKey, week: current.week } }),
  );
}
