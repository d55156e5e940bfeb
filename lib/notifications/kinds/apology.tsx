import { apologyKeys } from "@/lib/repair/apology";
import { partnerKind } from "./shared";

/** The apology a row is about, from its period key (apology:<id>, apology-answer:<id>:<answer>, apology-return:<id>). */
function parseKey(periodKey: string): { step: "sent" | "answered" | "returned"; id: string } | null {
  const [prefix, id] = periodKey.split(":");
  if (!id) return null;
  if (periodKey === apologyKeys.sent(id)) return { step: "sent", id };
  if (periodKey === apologyKeys.returned(id)) return { step: "returned", id };
  if (prefix === "apology-answer") return { step: "answered", id };
  return null;
}

/**
 * An apology sent, answered, or back after "a little time": who, never its
 * words nor the answer (not on a lock screen, not in an inbox preview), and
 * only while it still stands in the couple it was written in.
 */
export const apologyMessage = partnerKind({
  kind: "APOLOGY",
  unsubscribe: "apologies",
  load: (rows, db) =>
    db.apology.findMany({
      where: { id: { in: rows.flatMap((r) => parseKey(r.periodKey)?.id ?? []) } },
      select: { id: true, coupleId: true, authorId: true, recipientId: true, answer: true },
    }),
  content(row, person, apologies, tell) {
    const key = parseKey(row.periodKey);
    const apology = key && apologies.find((a) => a.id === key.id);
    const couple = person.couple;
    if (!key || !apology || !couple || apology.coupleId !== couple.id) return null;
    const partner = couple.partner.name;
    const path = "/repair#apologies";
    if (key.step === "sent" && apology.recipientId === person.id && apology.answer === null) {
      return tell({
        subject: `${partner} sent you an apology`,
        message: `${partner} wrote you an apology.`,
        detail: "Read it when you're ready, and answer when you want to: there is no hurry.",
        buttonLabel: "Read it",
        path,
        pushBody: "Read it when you're ready.",
      });
    }
    if (key.step === "returned" && apology.recipientId === person.id && apology.answer === "NEED_TIME") {
      return tell({
        subject: `${partner}'s apology is still there for you`,
        message: `A couple of days ago you asked for a little time with ${partner}'s apology. It is still there whenever you're ready.`,
        buttonLabel: "Open it",
        path,
        pushBody: "Whenever you're ready.",
      });
    }
    if (key.step === "answered" && apology.authorId === person.id && apology.answer !== null) {
      return tell({
        subject: `${partner} answered your apology`,
        message: `${partner} answered your apology.`,
        buttonLabel: "See the answer",
        path,
        pushBody: "Open Kindred to see it.",
      });
    }
    return null;
  },
});
