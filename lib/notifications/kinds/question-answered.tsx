import { PartnerEventEmail } from "@/lib/email/templates/partner-event-email";
import { appUrl } from "@/lib/env";
import type { Content, NotificationKindModule } from "../types";
import { emailBasics } from "./shared";

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
      const { name, headers, unsubscribe } = emailBasics(person, "questions");
      const message = `${couple.partner.name} answered today's question. Answer it too, and you'll both see each other's.`;
      contents.set(row.id, {
        email: {
          to: person.email,
          subject: `${couple.partner.name} answered today's question`,
          headers,
          react: (
            <PartnerEventEmail
              name={name}
              message={message}
              buttonLabel="Answer today's question"
              url={`${appUrl()}/home#today`}
              unsubscribe={unsubscribe}
            />
          ),
        },
        push: { title: `${couple.partner.name} answered today's question`, body: "Answer it too to see theirs.", url: "/home#today" },
      });
    }
    return contents;
  },
};
