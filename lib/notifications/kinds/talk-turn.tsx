import { PartnerEventEmail } from "@/lib/email/templates/partner-event-email";
import { appUrl } from "@/lib/env";
import type { Content, NotificationKindModule } from "../types";
import { emailBasics } from "./shared";

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
      const { name, headers, unsubscribe } = emailBasics(person, "turns");
      const url = `/talk/${talk.id}`;
      contents.set(row.id, {
        email: {
          to: person.email,
          subject: `Your turn in your talk with ${partner.name}`,
          headers,
          react: (
            <PartnerEventEmail
              name={name}
              message={`${partner.name} is waiting for you in your talk. Take your time; pick it up when you can listen.`}
              buttonLabel="Open the talk"
              url={`${appUrl()}${url}`}
              unsubscribe={unsubscribe}
            />
          ),
        },
        push: { title: `Your turn in your talk with ${partner.name}`, body: "Pick it up when you're ready.", url },
      });
    }
    return contents;
  },
};
