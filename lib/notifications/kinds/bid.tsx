import { bidKind } from "@/lib/bids/kinds";
import { partnerKind } from "./shared";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "<partner> is thinking of you", "<partner> hugged you back": one message for
 * a burst of bids and answers (planBurstMessage decides when there is one), and
 * only for what the person has not yet seen on home. Bids are a few fixed
 * words from content/bids.json, nobody's own writing, so the push may say them.
 */
export const bidMessage = partnerKind({
  kind: "BID",
  unsubscribe: "bids",
  load: (rows, db) => {
    const userIds = [...new Set(rows.map((r) => r.userId))];
    const since = new Date(Math.min(...rows.map((r) => r.dueAt.getTime())) - DAY_MS);
    return db.bid.findMany({
      where: {
        OR: [
          { recipientId: { in: userIds }, seenAt: null, answeredAt: null, createdAt: { gte: since } },
          { senderId: { in: userIds }, answeredAt: { gte: since }, answerSeenAt: null },
        ],
      },
      orderBy: { createdAt: "asc" },
      select: { kind: true, coupleId: true, senderId: true, recipientId: true, answeredAt: true },
    });
  },
  content(row, person, bids, tell) {
    const couple = person.couple;
    if (!couple) return null;
    const ours = bids.filter((b) => b.coupleId === couple.id);
    const received = ours.filter((b) => b.recipientId === person.id && b.senderId === couple.partner.id && !b.answeredAt);
    const answers = ours.filter((b) => b.senderId === person.id && b.answeredAt);
    const partner = couple.partner.name;
    const [only] = received.length + answers.length === 1 ? [...received, ...answers] : [];
    let subject: string;
    if (only) {
      const kind = bidKind(only.kind);
      if (!kind) return null;
      subject = `${partner} ${only.answeredAt ? kind.answered : kind.sentence}`;
    } else if (received.length > 0 && answers.length === 0) {
      subject = `${partner} reached out ${received.length} times`;
    } else if (answers.length > 0 && received.length === 0) {
      subject = `${partner} answered you ${answers.length} times`;
    } else if (received.length > 0) {
      subject = `${partner} reached out and answered you`;
    } else {
      return null; // all of it already seen on home
    }
    return tell({
      subject,
      message: `${subject}.`,
      detail: received.length > 0 ? "You can answer in one tap on your home page." : undefined,
      buttonLabel: "Open Kindred",
      path: "/home",
      pushBody: received.length > 0 ? "Open Kindred to answer in one tap." : "Open Kindred to see it.",
    });
  },
});
