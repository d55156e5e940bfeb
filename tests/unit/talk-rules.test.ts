import { describe, expect, it } from "vitest";
import { applyMove, hasAbsolutes, IllegalMove, type ExchangeState, type Move } from "@/lib/talk/rules";

const NOW = new Date("2026-11-24T20:00:00Z");
const start: ExchangeState = {
  phase: "speaking",
  speakerId: "ana",
  listenerId: "ben",
  heard: [],
  closedBy: [],
  pausedUntil: null,
  version: 0,
};

/** Plays moves in order, each on the latest version. */
function play(moves: [actor: string, move: Move][], state = start, now = NOW): ExchangeState {
  return moves.reduce((s, [actor, move]) => applyMove(s, actor, move, s.version, now), state);
}

function refused(state: ExchangeState, actor: string, move: Move, version = state.version, now = NOW) {
  try {
    applyMove(state, actor, move, version, now);
  } catch (error) {
    expect(error).toBeInstanceOf(IllegalMove);
    return (error as IllegalMove).message;
  }
  throw new Error(`${actor} ${move.type} was allowed`);
}

const share: Move = { type: "share", body: "I feel tired when the dishes wait" };
const reflect: Move = { type: "reflect", body: "What I hear you saying is…" };

describe("a talk, turn by turn", () => {
  it("goes speak → reflect → 'Not quite' → reflect again → 'Yes, that's it' → swap, and closes once both were heard", () => {
    const heardAna = play([
      ["ana", share],
      ["ben", reflect],
      ["ana", { type: "notQuite", missed: "It's about feeling alone with it" }],
      ["ben", reflect],
      ["ana", { type: "confirm" }],
    ]);
    expect(heardAna).toMatchObject({ phase: "speaking", speakerId: "ben", listenerId: "ana", heard: ["ana"], version: 5 });
    expect(refused(heardAna, "ana", { type: "close" })).toMatch(/both spoken and been heard/);

    const bothHeard = play(
      [
        ["ben", share],
        ["ana", reflect],
        ["ben", { type: "confirm" }],
      ],
      heardAna,
    );
    const closing = play([["ben", { type: "close" }]], bothHeard);
    expect(closing.phase).toBe("closing");
    // Both write their closing notes at once: the second, made on the version before the first, still counts.
    const anaClosed = applyMove(closing, "ana", { type: "closingNote" }, closing.version, NOW);
    const closed = applyMove(anaClosed, "ben", { type: "closingNote" }, closing.version, NOW);
    expect(closed.phase).toBe("closed");
    expect(refused(closed, "ana", share)).toBe("This talk is closed.");
  });

  it("refuses every move out of turn with a message that says what to do", () => {
    expect(refused(start, "ben", share)).toMatch(/your partner's turn to speak/);
    expect(refused(start, "ana", reflect)).toMatch(/nothing to reflect yet/);
    expect(refused(start, "ana", { type: "confirm" })).toMatch(/nothing to confirm yet/);
    const shared = play([["ana", share]]);
    expect(refused(shared, "ana", reflect)).toMatch(/Your partner is saying back what they heard/);
    expect(refused(shared, "ana", share)).toMatch(/isn't time to share/);
    const reflected = play([["ben", reflect]], shared);
    expect(refused(reflected, "ben", { type: "confirm" })).toMatch(/Only the one who spoke/);
    expect(refused(reflected, "ben", { type: "notQuite", missed: "x" })).toMatch(/Only the one who spoke/);
    expect(refused(start, "cy", share)).toMatch(/Only the two of you/);
  });

  it("settles two moves at once by version: the second is refused, and nothing is lost", () => {
    const shared = play([["ana", share]]);
    const first = applyMove(shared, "ben", reflect, shared.version, NOW);
    expect(first.version).toBe(shared.version + 1);
    // A second submission made on the same version (a double tap, the other partner at the same time) is stale.
    const message = refused(first, "ben", reflect, shared.version);
    expect(message).toMatch(/your words are still here/);
  });

  it("pauses until a time in the future; only resuming is allowed before then, and the talk carries on where it stopped", () => {
    const shared = play([["ana", share]]);
    const until = new Date(NOW.getTime() + 20 * 60_000);
    const paused = play([["ben", { type: "pause", until }]], shared);
    expect(paused.pausedUntil).toEqual(until);
    expect(refused(paused, "ben", reflect)).toMatch(/taking a break/);
    expect(refused(shared, "ben", { type: "pause", until: NOW })).toMatch(/time in the future/);
    const resumed = play([["ana", { type: "resume" }]], paused);
    expect(resumed).toMatchObject({ phase: "reflecting", pausedUntil: null });
    // Or the time comes: the next move ends the break.
    const later = applyMove(paused, "ben", reflect, paused.version, new Date(until.getTime() + 1));
    expect(later).toMatchObject({ phase: "confirming", pausedUntil: null });
  });
});

describe("the speaker's hint", () => {
  it.each([
    ["You always leave it to me", true],
    ["NEVER again", true],
    ["I feel alone when the dishes wait", false],
    ["nevertheless, it's fine", false],
  ])("%s → %s", (text, hint) => {
    expect(hasAbsolutes(text)).toBe(hint);
  });
});
