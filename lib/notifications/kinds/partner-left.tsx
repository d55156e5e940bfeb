import { PartnerLeftEmail } from "@/lib/email/templates/partner-left-email";
import { appUrl } from "@/lib/env";
import type { Content, NotificationKindModule } from "../types";
import { emailBasics } from "./shared";

export type PartnerLeftContext = { partnerName: string; reason: "unlinked" | "deleted" };

/** Tells a person their partner unlinked or deleted their account. The context keeps the name: the partner may be gone. */
export const partnerLeft: NotificationKindModule = {
  kind: "PARTNER_LEFT",
  channels: ["EMAIL", "PUSH"],
  followsPreference: true,
  respectsQuietHours: true,
  unsubscribe: "unlinked",
  async compose(rows, { recipients }) {
    const contents = new Map<string, Content>();
    for (const row of rows) {
      const person = recipients.get(row.userId);
      const context = row.context ? (JSON.parse(row.context) as PartnerLeftContext) : null;
      if (!person || !context) continue;
      const { name, headers, unsubscribe } = emailBasics(person, "unlinked");
      const what = context.reason === "unlinked" ? "unlinked your accounts on Kindred" : "deleted their Kindred account";
      contents.set(row.id, {
        email: {
          to: person.email,
          subject: `${context.partnerName} ${what}`,
          headers,
          react: (
            <PartnerLeftEmail
              recipientName={name}
              partnerName={context.partnerName}
              reason={context.reason}
              homeUrl={`${appUrl()}/home`}
              unsubscribe={unsubscribe}
            />
          ),
        },
        push: { title: `${context.partnerName} ${what}`, body: "Your own entries stay with you.", url: "/home" },
      });
    }
    return contents;
  },
};
