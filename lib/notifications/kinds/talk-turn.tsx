import { contextOf, partnerKind } from "./shared";

type TurnContext = { talkId: string; version: number };

/**
 * "Your turn in your talk with <partner>": sent a couple of minutes after the
 * turn passed to the person, and only if nothing has happened since (they
 * were not there to see it). The context names the talk and its version.
 */
export const talkTurn = partnerKind({
  kind: "TALK_TURN",
  unsubscribe: "turns",
  load: (rows, db) =>
    db.talkExchange.findMany({
      where: { id: { in: rows.flatMap((r) => contextOf<TurnContext>(r)?.talkId ?? []) } },
      select: { id: true, coupleId: true, version: true },
    }),
  content(row, person, talks, tell) {
    const context = contextOf<TurnContext>(row);
    const talk = talks.find((t) => t.id === context?.talkId);
    const partner = person.couple?.partner;
    if (!talk || !partner || talk.coupleId !== person.couple?.id || talk.version !== context?.version) return null;
    return tell({
      subject: `Your turn in your talk with ${partner.name}`,
      message: `${partner.name} is waiting for you in your talk. Take your time; pick it up when you can listen.`,
      buttonLabel: "Open the talk",
      path: `/talk/${talk.id}`,
      pushBody: "Pick it up when you're ready.",
    });
  },
});
