import { partnerKind } from "./shared";

/** "<partner> would like to talk something through": while the talk is open and the two are still its couple. Never the topic. */
export const talkStarted = partnerKind({
  kind: "TALK_STARTED",
  unsubscribe: "talks",
  load: (rows, db) =>
    db.talkExchange.findMany({
      where: { id: { in: rows.flatMap((r) => (r.context ? [r.context] : [])) }, closedAt: null },
      select: { id: true, coupleId: true },
    }),
  content(row, person, talks, tell) {
    const talk = talks.find((t) => t.id === row.context);
    const partner = person.couple?.partner;
    if (!talk || !partner || talk.coupleId !== person.couple?.id) return null;
    return tell({
      subject: `${partner.name} would like to talk something through`,
      message: `${partner.name} started a talk in Kindred: a guided way to listen to each other about something that matters.`,
      buttonLabel: "Open the talk",
      path: `/talk/${talk.id}`,
      pushBody: "Open Kindred when you're ready.",
    });
  },
});
