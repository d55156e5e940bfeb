import type { Content, NotificationKindModule } from "../types";
import { partnerEvent } from "./shared";

/** A talk's break is over: a reminder to both, at the time they agreed, unless it was resumed or deleted meanwhile. */
export const talkResume: NotificationKindModule = {
  kind: "TALK_RESUME",
  channels: ["EMAIL", "PUSH"],
  followsPreference: true,
  respectsQuietHours: true,
  unsubscribe: "breaks",
  async compose(rows, { db, recipients }) {
    const wanted = rows.map((row) => ({
      row,
      context: row.context ? (JSON.parse(row.context) as { talkId: string; until: string }) : null,
    }));
    const talks = await db.talkExchange.findMany({
      where: { id: { in: wanted.flatMap(({ context }) => (context ? [context.talkId] : [])) }, closedAt: null },
      select: { id: true, coupleId: true, pausedUntil: true },
    });
    const contents = new Map<string, Content>();
    for (const { row, context } of wanted) {
      const person = recipients.get(row.userId);
      const talk = talks.find((t) => t.id === context?.talkId);
      const partner = person?.couple?.partner;
      if (!person || !talk || !partner || talk.coupleId !== person.couple?.id) continue;
      if (talk.pausedUntil?.toISOString() !== context?.until) continue; // resumed early, or paused again
      contents.set(
        row.id,
        partnerEvent(person, "breaks", {
          subject: `Time to come back to your talk with ${partner.name}`,
          message: "Your break is over. Pick the talk up where you stopped.",
          buttonLabel: "Open the talk",
          path: `/talk/${talk.id}`,
          pushBody: "Pick it up where you stopped.",
        }),
      );
    }
    return contents;
  },
};
