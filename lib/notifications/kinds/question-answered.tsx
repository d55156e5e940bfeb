import type { Content, NotificationKindModule } from "../types";
import { partnerEvent } from "./shared";

/**
 * "<partner> answered today's question": at most one a day (the day is its
 * period), and not when the person has answered meanwhile or is no longer in
 * that couple. It never carries the answer: that stays hidden until they answer.
 * The row's context is the day's question row.
 */
export const questionAnswered: NotificationKindModule = {
  kind: "QUESTION_ANSWERED",
  channels: ["EMAIL", "PUSH"],
  followsPreference: true,
  respectsQuietHours: true,
  unsubscribe: "questions",
  async compose(rows, { db, recipients }) {
    const days = await db.dailyQuestion.findMany({
      where: { id: { in: rows.flatMap((r) => (r.context ? [r.context] : [])) } },
      select: { id: true, scopeKey: true, answers: { select: { authorId: true, coupleId: true } } },
    });
    const contents = new Map<string, Content>();
    for (const row of rows) {
      const person = recipients.get(row.userId);
      const day = days.find((d) => d.id === row.context);
      const couple = person?.couple;
      if (!person || !couple || !day || day.scopeKey !== `couple:${couple.id}`) continue;
      if (day.answers.some((a) => a.authorId === person.id)) continue;
      if (!day.answers.some((a) => a.authorId === couple.partner.id && a.coupleId === couple.id)) continue;
      contents.set(
        row.id,
        partnerEvent(person, "questions", {
          subject: `${couple.partner.name} answered today's question`,
          message: `${couple.partner.name} answered today's question. Answer it too, and you'll both see each other's.`,
          buttonLabel: "Answer today's question",
          path: "/home#today",
          pushBody: "Answer it too to see theirs.",
        }),
      );
    }
    return contents;
  },
};
