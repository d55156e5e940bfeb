import { partnerKind } from "./shared";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "<partner> sent you words from your repair list": one message for a burst
 * (planBurstMessage), only for what home has not shown yet, and never the
 * words themselves (they may be the person's own).
 */
export const repairMessage = partnerKind({
  kind: "REPAIR",
  unsubscribe: "repairs",
  load: (rows, db) =>
    db.repairSent.findMany({
      where: {
        recipientId: { in: [...new Set(rows.map((r) => r.userId))] },
        seenAt: null,
        createdAt: { gte: new Date(Math.min(...rows.map((r) => r.dueAt.getTime())) - DAY_MS) },
      },
      select: { recipientId: true, senderId: true, coupleId: true },
    }),
  content(row, person, sent, tell) {
    const couple = person.couple;
    if (!couple) return null;
    const count = sent.filter((r) => r.recipientId === person.id && r.senderId === couple.partner.id && r.coupleId === couple.id).length;
    if (count === 0) return null;
    const subject = `${couple.partner.name} reached out to make things right`;
    return tell({
      subject,
      message: `${couple.partner.name} sent you ${count === 1 ? "words" : `${count} phrases`} from your repair list.`,
      detail: "They are on your home page when you're ready.",
      buttonLabel: "Open Kindred",
      path: "/home",
      pushBody: "Open Kindred when you're ready.",
    });
  },
});
