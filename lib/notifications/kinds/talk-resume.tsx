import { contextOf, partnerKind } from "./shared";

type ResumeContext = { talkId: string; until: string };

/** A talk's break is over: a reminder to both, at the time they agreed, unless it was resumed or deleted meanwhile. */
export const talkResume = partnerKind({
  kind: "TALK_RESUME",
  unsubscribe: "breaks",
  load: (rows, db) =>
    db.talkExchange.findMany({
      where: { id: { in: rows.flatMap((r) => contextOf<ResumeContext>(r)?.talkId ?? []) }, closedAt: null },
      select: { id: true, coupleId: true, pausedUntil: true },
    }),
  content(row, person, talks, tell) {
    const context = contextOf<ResumeContext>(row);
    const talk = talks.find((t) => t.id === context?.talkId);
    const partner = person.couple?.partner;
    if (!talk || !partner || talk.coupleId !== person.couple?.id) return null;
    if (talk.pausedUntil?.toISOString() !== context?.until) return null; // resumed early, or paused again
    return tell({
      subject: `Time to come back to your talk with ${partner.name}`,
      message: "Your break is over. Pick the talk up where you stopped.",
      buttonLabel: "Open the talk",
      path: `/talk/${talk.id}`,
      pushBody: "Pick it up where you stopped.",
    });
  },
});
