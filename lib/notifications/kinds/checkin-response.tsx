import { RESPONSES } from "@/lib/checkins/responses";
import { partnerKind } from "./shared";

/**
 * Period key of the notice that the partner responded to a check-in: once per
 * check-in, however often they change it (only the author's partner can
 * respond, so the check-in names it; and it names no person, so nothing of a
 * responder who deletes their account stays behind in it).
 */
export const responsePeriodKey = (checkInId: string) => `response:${checkInId}`;

/**
 * "<partner> responded to your check-in": only while the response stands, the
 * check-in is still shared and the two are still the couple it was shared in.
 * The push says who, not which response (a lock screen is not the place).
 */
export const checkInResponse = partnerKind({
  kind: "CHECKIN_RESPONSE",
  unsubscribe: "responses",
  load: (rows, db) =>
    db.checkInResponse.findMany({
      where: { checkInId: { in: rows.map((r) => r.periodKey.slice("response:".length)) } },
      select: { kind: true, checkInId: true, responderId: true, checkIn: { select: { authorId: true, coupleId: true, visibility: true } } },
    }),
  content(row, person, responses, tell) {
    const partner = person.couple?.partner;
    const response = responses.find((r) => responsePeriodKey(r.checkInId) === row.periodKey && r.responderId === partner?.id);
    const { checkIn } = response ?? {};
    if (!response || !partner || !checkIn) return null;
    if (checkIn.authorId !== person.id || checkIn.visibility !== "SHARED" || checkIn.coupleId !== person.couple?.id) return null;
    return tell({
      subject: `${partner.name} responded to your check-in`,
      message: `${partner.name} answered your check-in: “${RESPONSES[response.kind]}”.`,
      buttonLabel: "Open Kindred",
      path: "/home",
      pushBody: "Open Kindred to see it.",
    });
  },
});
