import { PartnerEventEmail } from "@/lib/email/templates/partner-event-email";
import { appUrl } from "@/lib/env";
import type { Content, NotificationKindModule } from "../types";
import { emailBasics } from "./shared";

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
      const { name, headers, unsubscribe } = emailBasics(person, "breaks");
      const url = `/talk/${talk.id}`;
      contents.set(row.id, {
        email: {
          to: person.email,
          subject: `Time to come back to your talk with ${partner.name}`,
          headers,
          react: (
            <PartnerEventEmail
              name={name}
              message="Your break is over. Pick the talk up where you stopped."
              buttonLabel="Open the talk"
              url={`${appUrl()}${url}`}
              unsubscribe={unsubscribe}
            />
          ),
        },
        push: { title: `Time to come back to your talk with ${partner.name}`, body: "Pick it up where you stopped.", url },
      });
    }
    return contents;
  },
};
