import { PartnerEventEmail } from "@/lib/email/templates/partner-event-email";
import { appUrl } from "@/lib/env";
import type { Content, NotificationKindModule } from "../types";
import { emailBasics } from "./shared";

/** Tells the inviter their invitation was accepted, while the two are still linked. */
export const inviteAccepted: NotificationKindModule = {
  kind: "INVITE_ACCEPTED",
  channels: ["EMAIL", "PUSH"],
  followsPreference: true,
  respectsQuietHours: true,
  unsubscribe: "accepted",
  async compose(rows, { recipients }) {
    const contents = new Map<string, Content>();
    for (const row of rows) {
      const person = recipients.get(row.userId);
      const partner = person?.couple?.partner;
      if (!person || !partner) continue;
      const { name, headers, unsubscribe } = emailBasics(person, "accepted");
      const message = `${partner.name} accepted your invitation. You're linked now: your shared check-ins, notes and practice of the week are waiting.`;
      contents.set(row.id, {
        email: {
          to: person.email,
          subject: `${partner.name} accepted your invitation`,
          headers,
          react: (
            <PartnerEventEmail
              name={name}
              message={message}
              buttonLabel="Open Kindred"
              url={`${appUrl()}/home`}
              unsubscribe={unsubscribe}
            />
          ),
        },
        push: { title: `${partner.name} accepted your invitation`, body: "You're linked now.", url: "/home" },
      });
    }
    return contents;
  },
};
