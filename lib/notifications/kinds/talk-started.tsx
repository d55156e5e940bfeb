import type { Content, NotificationKindModule } from "../types";
import { partnerEvent } from "./shared";

/** "<partner> would like to talk something through": while the talk is open and the two are still its couple. Never the topic. */
export const talkStarted: NotificationKindModule = {
  kind: "TALK_STARTED",
  channels: ["EMAIL", "PUSH"],
  followsPreference: true,
  respectsQuietHours: true,
  unsubscribe: "talks",
  async compose(rows, { db, recipients }) {
    const talks = await db.talkExchange.findMany({
      where: { id: { in: rows.flatMap((r) => (r.context ? [r.context] : [])) }, closedAt: null },
      select: { id: true, coupleId: true },
    });
    const contents = new Map<string, Content>();
    for (const row of rows) {
      const person = recipients.get(row.userId);
      const talk = talks.find((t) => t.id === row.context);
      const partner = person?.couple?.partner;
      if (!person || !talk || !partner || talk.coupleId !== person.couple?.id) continue;
      contents.set(
        row.id,
        partnerEvent(person, "talks", {
          subject: `${partner.name} would like to talk something through`,
          message: `${partner.name} started a talk in Kindred: a guided way to listen to each other about something that matters.`,
          buttonLabel: "Open the talk",
          path: `/talk/${talk.id}`,
          pushBody: "Open Kindred when you're ready.",
        }),
      );
    }
    return contents;
  },
};
