import { describe, expect, it } from "vitest";
import { revealChecks } from "@/lib/talk/follow-up-rules";

describe("revealChecks", () => {
  it("shows one's own answer, only that the partner answered, and both once both have", () => {
    expect(revealChecks([], "me", "them")).toEqual({ mine: null, theirs: null, partnerAnswered: false, revealed: false });
    expect(revealChecks([{ userId: "them", answer: "NOT_YET" }], "me", "them")).toEqual({
      mine: null,
      theirs: null,
      partnerAnswered: true,
      revealed: false,
    });
    expect(revealChecks([{ userId: "me", answer: "YES" }], "me", "them")).toEqual({
      mine: "YES",
      theirs: null,
      partnerAnswered: false,
      revealed: false,
    });
    expect(
      revealChecks(
        [
          { userId: "me", answer: "YES" },
          { userId: "them", answer: "PARTLY" },
        ],
        "me",
        "them",
      ),
    ).toEqual({ mine: "YES", theirs: "PARTLY", partnerAnswered: true, revealed: true });
  });

  it("ignores anyone else's answer (a former partner's)", () => {
    expect(revealChecks([{ userId: "someone-else", answer: "YES" }], "me", "them").partnerAnswered).toBe(false);
  });
});
