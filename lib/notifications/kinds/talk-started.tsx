import { PartnerEventEmail } from "@/lib/email/templates/partner-event-email";
import { appUrl } from "@/lib/env";
import type { Content, NotificationKindModule } from "../types";
import { emailBasics } from "./shared";

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
      const { name, headers, unsubscribe } = emailBasics(person, "talks");
      const url = `/talk/${talk.id}`;
      contents.set(row.id, {
        email: {
          to: person.email,
          subject: `${partner.name} would like to talk something through`,
          headers,
          react: (
            <PartnerEventEmail
              name={name}
              message={`${partner.name} started a talk in Kindred: a guided way to listen to each other about something that matters.`}
              buttonLabel="Open the talk"
              url={`${appUrl()}${url}`}
              unsubscribe={unsubscribe}
            />
          ),
        },
        push: { title: `${partner.name} would like to talk something through`, body: "Open Kindred when you're ready.", url },
      });
    }
    return contents;
  },
};
