import type { Content, NotificationKindModule } from "../types";
import { partnerEvent } from "./shared";

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
      contents.set(
        row.id,
        partnerEvent(person, "accepted", {
          subject: `${partner.name} accepted your invitation`,
          message: `${partner.name} accepted your invitation. You're linked now: your shared check-ins, notes and practice of the week are waiting.`,
          buttonLabel: "Open Kindred",
          path: "/home",
          pushBody: "You're linked now.",
        }),
      );
    }
    return contents;
  },
};
