import { partnerKind } from "./shared";

/**
 * "Did we keep it?": a week after an agreement (or its adjustment), to each
 * of the two, while it is still active, due, and theirs to answer. It names
 * no words of the agreement (a lock screen is not the place).
 */
export const agreementCheck = partnerKind({
  kind: "AGREEMENT_CHECK",
  unsubscribe: "agreements",
  load: (rows, db) =>
    db.agreement.findMany({
      where: { id: { in: rows.flatMap((r) => (r.context ? [r.context] : [])) } },
      select: { id: true, coupleId: true, status: true, followUpAt: true, checks: { select: { userId: true } } },
    }),
  content(row, person, agreements, tell) {
    const agreement = agreements.find((a) => a.id === row.context);
    if (!agreement || !person.couple || agreement.coupleId !== person.couple.id || agreement.status !== "ACTIVE") return null;
    if (!agreement.followUpAt || agreement.followUpAt > row.dueAt || agreement.checks.some((c) => c.userId === person.id)) return null;
    return tell({
      subject: "Did you keep your agreement?",
      message: `A week ago you and ${person.couple.partner.name} agreed on something. Did you keep it? Each of you answers privately; you see both answers together.`,
      buttonLabel: "Answer",
      path: "/talk#follow-ups",
      pushBody: "Each of you answers privately, then you see both.",
    });
  },
});
