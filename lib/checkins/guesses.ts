import "server-only";
import { writeAndTell } from "@/lib/live/notify";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { startOfLocalDay } from "@/lib/time/days";
import { quadrantOf, vocabulary, type Quadrant } from "./mood";
import { partnerShared } from "./privacy";

type Options = { now?: Date };

export type GuessCard =
  /** The partner shared a check-in today and the viewer has not seen it: only who, nothing of the mood. */
  | { state: "ask"; checkInId: string; partnerName: string }
  /** Their guess beside what the partner shared. */
  | {
      state: "reveal";
      partnerName: string;
      guessed: { quadrant: Quadrant; feeling: string | null } | null;
      actual: { quadrant: Quadrant; feeling: string | null };
      correct: boolean | null;
    };

/**
 * Home's "How is <partner> feeling?": when the partner has shared a check-in
 * today that the viewer has not guessed at, ask first; once guessed (or
 * skipped), show both. A private check-in is never asked about or hinted at:
 * it is not in partnerShared.
 */
export async function getGuessCard(viewer: Viewer, { now = new Date() }: Options = {}): Promise<GuessCard | null> {
  const me = assertViewer(viewer);
  const where = partnerShared(me.couple);
  if (!where || !me.couple) return null;
  const latest = await db.checkIn.findFirst({
    where: { ...where, createdAt: { gte: startOfLocalDay(now, me.timeZone ?? "UTC"), lte: now } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      pleasantness: true,
      energy: true,
      feeling: true,
      guesses: { where: { guesserId: me.id }, select: { quadrant: true, feeling: true, correct: true } },
    },
  });
  if (!latest) return null;
  const partnerName = me.couple.partner.name;
  const guess = latest.guesses[0];
  if (!guess) return { state: "ask", checkInId: latest.id, partnerName };
  return {
    state: "reveal",
    partnerName,
    guessed: guess.quadrant ? { quadrant: guess.quadrant as Quadrant, feeling: guess.feeling } : null,
    actual: { quadrant: quadrantOf(latest.pleasantness, latest.energy), feeling: latest.feeling },
    correct: guess.correct,
  };
}

/** Records the viewer's guess (or, with no quadrant, that they skipped) about a check-in their partner shared; the first one stands. */
export async function guessMood(
  viewer: Viewer,
  checkInId: string,
  guess: { quadrant: Quadrant | null; feeling: string | null },
  { now = new Date() }: Options = {},
): Promise<void> {
  const me = assertViewer(viewer);
  const where = partnerShared(me.couple);
  const checkIn = where
    ? await db.checkIn.findFirst({ where: { id: checkInId, ...where }, select: { pleasantness: true, energy: true } })
    : null;
  if (!checkIn) throw new NotFoundError("We couldn't find that check-in.");
  const feeling =
    guess.quadrant && guess.feeling && vocabulary[guess.quadrant].words.some((w) => w.word === guess.feeling) ? guess.feeling : null;
  await writeAndTell(me.couple?.partner.id, "guess", (tx) =>
    tx.moodGuess.createMany({
      data: [
        {
          guesserId: me.id,
          checkInId,
          quadrant: guess.quadrant,
          feeling,
          correct: guess.quadrant ? guess.quadrant === quadrantOf(checkIn.pleasantness, checkIn.energy) : null,
          createdAt: now,
        },
      ],
      skipDuplicates: true,
    }),
  );
}

export type ReadingEachOther = { name: string; right: number; guesses: number };

/**
 * Trends' "How well you read each other": for each partner, of their guesses
 * in the last 30 days about the other's check-ins in this couple, how many
 * were in the right mood. Skipped guesses do not count.
 */
export async function readingEachOther(viewer: Viewer, { now = new Date() }: Options = {}): Promise<ReadingEachOther[]> {
  const me = assertViewer(viewer);
  const couple = me.couple;
  if (!couple) return [];
  const since = new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000);
  const counts = await db.moodGuess.groupBy({
    by: ["guesserId", "correct"],
    where: {
      guesserId: { in: [me.id, couple.partner.id] },
      quadrant: { not: null },
      createdAt: { gte: since, lte: now },
      checkIn: { coupleId: couple.id, visibility: "SHARED" },
    },
    _count: { _all: true },
  });
  const of = (id: string, name: string): ReadingEachOther => {
    const mine = counts.filter((c) => c.guesserId === id);
    return {
      name,
      right: mine.filter((c) => c.correct).reduce((n, c) => n + c._count._all, 0),
      guesses: mine.reduce((n, c) => n + c._count._all, 0),
    };
  };
  return [of(me.id, "You"), of(couple.partner.id, couple.partner.name)];
}
