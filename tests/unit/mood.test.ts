import { describe, expect, it } from "vitest";
import feelingsJson from "@/content/feelings.json";
import { QUADRANTS, feelingName, feelingsFor, isFeelingOf, moodInWords, quadrantOf } from "@/lib/checkins/mood";
import { assertValidVocabulary, VocabularySchema } from "@/lib/checkins/vocabulary-schema";
import { CheckInSchema } from "@/lib/checkins/schema";

describe("mood quadrants", () => {
  it.each([
    [5, 5, "energized"],
    [3, 3, "energized"],
    [4, 1, "calm"],
    [3, 2, "calm"],
    [1, 5, "tense"],
    [2, 3, "tense"],
    [1, 1, "low"],
    [2, 2, "low"],
  ] as const)("pleasantness %i and energy %i is %s", (p, e, quadrant) => {
    expect(quadrantOf(p, e)).toBe(quadrant);
  });

  it("puts every one of the 25 combinations in exactly one quadrant", () => {
    const counts = Object.fromEntries(QUADRANTS.map((q) => [q, 0]));
    for (let p = 1; p <= 5; p++) for (let e = 1; e <= 5; e++) counts[quadrantOf(p, e)]!++;
    expect(Object.values(counts).reduce((a, b) => a + b)).toBe(25);
    expect(Object.values(counts).every((n) => n > 0)).toBe(true);
  });
});

describe("feeling vocabulary (content/feelings.json)", () => {
  it("is valid: at least 12 words per quadrant, each with a one-line meaning, no word twice", () => {
    const result = VocabularySchema.safeParse(feelingsJson);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    for (const q of QUADRANTS) expect(feelingsFor(q).length).toBeGreaterThanOrEqual(12);
  });

  it("rejects a quadrant with too few words, naming it", () => {
    const broken = structuredClone(feelingsJson);
    broken.calm.words = broken.calm.words.slice(0, 3);
    const result = VocabularySchema.safeParse(broken);
    expect(result.error?.issues.map((i) => i.message).join()).toMatch(/calm needs at least 12/);
    expect(() => assertValidVocabulary(broken)).toThrow(
      /content\/feelings\.json is invalid:\n  calm.words: quadrant calm needs at least 12 words/,
    );
  });

  it("only accepts a word from the quadrant the two taps chose", () => {
    expect(isFeelingOf("joyful", 5, 5)).toBe(true);
    expect(isFeelingOf("joyful", 1, 1)).toBe(false);
  });
});

describe("check-in input", () => {
  const valid = { pleasantness: "4", energy: "2", feeling: "calm", visibility: "SHARED", note: "", need: "" };

  it("accepts what the form sends and drops empty optional fields", () => {
    expect(CheckInSchema.parse(valid)).toEqual({ pleasantness: 4, energy: 2, feeling: "calm", visibility: "SHARED" });
  });

  it("takes two numbers and who sees it as a whole check-in: the word is optional", () => {
    expect(CheckInSchema.parse({ ...valid, feeling: "" })).toEqual({ pleasantness: 4, energy: 2, visibility: "SHARED" });
    expect(feelingName({ feeling: null, pleasantness: 4, energy: 2 })).toBe("settled");
    expect(feelingName({ feeling: "calm", pleasantness: 4, energy: 2 })).toBe("calm");
  });

  it.each([
    [{ pleasantness: "0" }, "pleasantness"],
    [{ energy: "6" }, "energy"],
    [{ feeling: "joyful" }, "feeling"],
    [{ feeling: "x".repeat(41) }, "feeling"],
    [{ note: "x".repeat(501) }, "note"],
    [{ visibility: "EVERYONE" }, "visibility"],
    [{ need: "MONEY" }, "need"],
  ])("rejects %o with a message on %s", (change, field) => {
    const result = CheckInSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toContain(field);
  });
});

describe("a mood in words", () => {
  it("says the two taps the way a person would", () => {
    expect(moodInWords(4, 4)).toBe("pleasant and energetic");
    expect(moodInWords(2, 1)).toBe("unpleasant and drained");
    expect(moodInWords(3, 3)).toBe("so-so and steady");
  });
});
