/**
 * The rules of a "talk it through" exchange, as pure functions of its state:
 * who may do what, and what the exchange becomes. The service stores the
 * result; the tests walk every illegal move.
 *
 *   speaking   the speaker shares (I feel … when … because … What I'd like is …)
 *   reflecting the listener says back what they heard (not their own side)
 *   confirming the speaker says "Yes, that's it" (heard: roles swap) or
 *              "Not quite" with what was missed (back to reflecting)
 *   closing    once both have spoken and been heard, either may close; each
 *              then names what they appreciated (and, optionally, an agreement)
 *   closed     both closing notes are in
 *
 * Either may pause at any point before it is closed; while paused nothing but
 * resuming is allowed. Every move names the version it was made on: a move
 * made on an older version (the other partner moved first) is refused, and
 * the writer keeps their words to send again. Closing notes are the exception:
 * both write theirs at once, and neither depends on the other's.
 */
export type Phase = "speaking" | "reflecting" | "confirming" | "closing" | "closed";

export type ExchangeState = {
  phase: Phase;
  /** Whose turn it is to speak now (in confirming: the one confirming). */
  speakerId: string;
  listenerId: string;
  /** The people who have spoken and been heard ("Yes, that's it"). */
  heard: string[];
  /** Who has written their closing note. */
  closedBy: string[];
  pausedUntil: Date | null;
  version: number;
};

export type Move =
  | { type: "share"; body: string }
  | { type: "reflect"; body: string }
  | { type: "confirm" }
  | { type: "notQuite"; missed: string }
  | { type: "pause"; until: Date }
  | { type: "resume" }
  | { type: "close" }
  | { type: "closingNote" };

export class IllegalMove extends Error {
  constructor(
    message: string,
    /** "stale": the exchange moved on since the caller's version. */
    readonly reason: "stale" | "turn" | "paused" | "closed" | "not-yet" = "turn",
  ) {
    super(message);
    this.name = "IllegalMove";
  }
}

/** The state after `actor` makes `move` on `version` at `now`, or IllegalMove with a message a person can act on. */
export function applyMove(state: ExchangeState, actor: string, move: Move, version: number, now: Date): ExchangeState {
  if (![state.speakerId, state.listenerId].includes(actor)) throw new IllegalMove("Only the two of you can take part in this talk.");
  // Closing notes are written side by side and depend on nothing the other writes: only turns are taken in order.
  if (version !== state.version && move.type !== "closingNote") {
    throw new IllegalMove("Your partner added something while you were writing. Read it first: your words are still here.", "stale");
  }
  if (state.phase === "closed") throw new IllegalMove("This talk is closed.", "closed");
  const paused = state.pausedUntil !== null && state.pausedUntil > now;
  const next = { ...state, version: state.version + 1 };

  if (move.type === "resume") {
    if (state.pausedUntil === null) throw new IllegalMove("This talk isn't paused.", "not-yet");
    return { ...next, pausedUntil: null };
  }
  if (paused) throw new IllegalMove("You're taking a break. Resume the talk to carry on.", "paused");
  // A break whose time has come is over at the next move.
  const live = { ...next, pausedUntil: null };

  switch (move.type) {
    case "pause":
      if (move.until <= now) throw new IllegalMove("Choose a time in the future to come back.", "not-yet");
      return { ...next, pausedUntil: move.until };
    case "share":
      if (state.phase !== "speaking") throw new IllegalMove("It isn't time to share yet.");
      if (actor !== state.speakerId)
        throw new IllegalMove("It's your partner's turn to speak. Listen first; your side comes when you swap.");
      return { ...live, phase: "reflecting" };
    case "reflect":
      if (state.phase !== "reflecting") throw new IllegalMove("There's nothing to reflect yet.");
      if (actor !== state.listenerId)
        throw new IllegalMove("Your partner is saying back what they heard. Wait for it, then say whether they got it.");
      return { ...live, phase: "confirming" };
    case "confirm":
    case "notQuite": {
      if (state.phase !== "confirming") throw new IllegalMove("There's nothing to confirm yet.");
      if (actor !== state.speakerId) throw new IllegalMove("Only the one who spoke can say whether they were heard.");
      if (move.type === "notQuite") return { ...live, phase: "reflecting" };
      const heard = state.heard.includes(actor) ? state.heard : [...state.heard, actor];
      // Heard: the listener speaks next.
      return { ...live, heard, phase: "speaking", speakerId: state.listenerId, listenerId: state.speakerId };
    }
    case "close":
      if (state.phase === "closing") throw new IllegalMove("You're closing already.", "not-yet");
      if (!bothHeard(state)) throw new IllegalMove("Close once you have both spoken and been heard.", "not-yet");
      if (state.phase !== "speaking") throw new IllegalMove("Finish this turn first: close when you're between turns.", "not-yet");
      return { ...live, phase: "closing" };
    case "closingNote": {
      if (state.phase !== "closing") throw new IllegalMove("Close the talk first.", "not-yet");
      if (state.closedBy.includes(actor)) throw new IllegalMove("You've written your closing note.", "not-yet");
      const closedBy = [...state.closedBy, actor];
      return { ...live, closedBy, phase: closedBy.length === 2 ? "closed" : "closing" };
    }
  }
}

export function bothHeard(state: Pick<ExchangeState, "heard" | "speakerId" | "listenerId">): boolean {
  return state.heard.includes(state.speakerId) && state.heard.includes(state.listenerId);
}

/** "always" and "never" make listening hard: the speaker gets a soft hint when they come up. */
export function hasAbsolutes(text: string): boolean {
  return /\b(always|never)\b/i.test(text);
}
