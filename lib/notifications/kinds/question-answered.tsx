import { partnerKind } from "./shared";

/**
 * "<partner> answered today's question": at most one a day (the day is its
 * period), and not when the person has answered meanwhile or is no longer in
 * that couple. It never carries the answer: that stays hidden until they answer.
 * The row's context is the day's question row.
 */
export const questionAnswered = partnerKind({
  kind: "QUESTION_ANSWERED",
  unsubscribe: "questions",
  load: (rows, db) =>
    db.dailyQuestion.findMany({
      where: { id: { in: rows.flatMap((r) => (r.context ? [r.context] : [])) } },
      select: { id: true, scopeKey: true, answers: { select: { authorId: true, coupleId: true } } },
    }),
  content(row, person, days, tell) {
    const day = days.find((d) => d.id === row.context);
    const couple = person.couple;
    if (!couple || !day || day.scopeKey !== `couple:${couple.id}`) return null;
    if (day.answers.some((a) => a.authorId === person.id)) return null;
    if (!day.answers.some((a) => a.authorId === couple.partner.id && a.coupleId === couple.id)) return null;
    return tell({
      subject: `${couple.partner.name} answered today's question`,
      message: `${couple.partner.name} answered today's question. Answer it too, and you'll both see each other's.`,
      buttonLabel: "Answer today's question",
      path: "/home#today",
      pushBody: "Answer it too to see theirs.",
    });
  },
});
