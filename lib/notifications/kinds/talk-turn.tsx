import type { Content, NotificationKindModule } from "../types";
import { partnerEvent } from "./shared";

/**
 * "Your turn in your talk with <partner>": sent a couple of minutes after the
 * turn passed to the person, and only if nothing has happened since (they
 * were not there to see it). The context names the talk and its version.
 */
export const talkTurn: NotificationKindModule = {
  kind: "TALK_TURN",
  channels: ["EMAIL", "PUSH"],
  followsPreference: true,
  respectsQuietHours: true,
  unsubscribe: "turns",
  async compose(rows, { db, recipients }) {
    const wanted = rows.map((row) => ({
      row,
      context: row.context ? (JSON.parse(row.context) as { talkId: string; version: number }) : null,
    }));
    const talks = await db.talkExchange.findMany({
      where: { id: { in: wanted.flatMap(({ context }) => (context ? [context.talkId] : [])) } },
      select: { id: true, coupleId: true, version: true, pausedUntil: true },
    });
    const contents = new Map<string, Content>();
    for (const { row, context } of wanted) {
      const person = recipients.get(row.userId);
      const talk = talks.find((t) => t.id === context?.talkId);
      const partner = person?.couple?.partner;
      if (!person || !talk || !partner || talk.coupleId !== person.couple?.id || talk.version !== context?.version) continue;
      contents.set(
        row.id,
        partnerEvent(person, "turns", {
          subject: `Your turn in your talk with ${partner.name}`,
          message: `${partner.name} is waiting for you in your talk. Take your time; pick it up when you can listen.`,
          buttonLabel: "Open the talk",
          path: `/talk/${talk.id}`,
          pushBody: "Pick it up when you're ready.",
        }),
      );
    }
    return contents;
  },
};
