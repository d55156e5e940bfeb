import { PartnerLeftEmail } from "@/lib/email/templates/partner-left-email";
import { appUrl } from "@/lib/env";
import { emailBasics, partnerKind } from "./shared";

export type PartnerLeftContext = { partnerName: string; reason: "unlinked" | "deleted" };

/** Tells a person their partner unlinked or deleted their account. The context keeps the name: the partner may be gone. */
export const partnerLeft = partnerKind({
  kind: "PARTNER_LEFT",
  unsubscribe: "unlinked",
  content(row, person) {
    const context = row.context ? (JSON.parse(row.context) as PartnerLeftContext) : null;
    if (!context) return null;
    const { name, headers, unsubscribe } = emailBasics(person, "unlinked");
    const what = context.reason === "unlinked" ? "unlinked your accounts on Kindred" : "deleted their Kindred account";
    return {
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
    };
  },
});
