import { contextOf, partnerKind } from "./shared";

export type PartnerLeftContext = { partnerName: string; reason: "unlinked" | "deleted" };

/** Tells a person their partner unlinked or deleted their account. The context keeps the name: the partner may be gone. */
export const partnerLeft = partnerKind({
  kind: "PARTNER_LEFT",
  unsubscribe: "unlinked",
  content(row, _person, _loaded, tell) {
    const context = contextOf<PartnerLeftContext>(row);
    if (!context) return null;
    const { partnerName, reason } = context;
    return tell({
      subject: `${partnerName} ${reason === "unlinked" ? "unlinked your accounts on Kindred" : "deleted their Kindred account"}`,
      message:
        reason === "unlinked"
          ? `${partnerName} unlinked your accounts on Kindred.`
          : `${partnerName} deleted their Kindred account, so your accounts are no longer linked.`,
      detail: `Your own check-ins and the notes you wrote stay with you. ${partnerName}'s check-ins and notes are no longer shown to you. You can link with a partner again whenever you like.`,
      buttonLabel: "Open Kindred",
      path: "/home",
      pushBody: "Your own entries stay with you.",
    });
  },
});
