import { partnerKind } from "./shared";

/** Tells the inviter their invitation was accepted, while the two are still linked. */
export const inviteAccepted = partnerKind({
  kind: "INVITE_ACCEPTED",
  unsubscribe: "accepted",
  content(_row, person, _loaded, tell) {
    const partner = person.couple?.partner;
    if (!partner) return null;
    return tell({
      subject: `${partner.name} accepted your invitation`,
      message: `${partner.name} accepted your invitation. You're linked now: your shared check-ins, notes and practice of the week are waiting.`,
      buttonLabel: "Open Kindred",
      path: "/home",
      pushBody: "You're linked now.",
    });
  },
});
