import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { questionBank } from "@/lib/questions/bank";
import { chooseQuestion, wantedDepth } from "@/lib/questions/choose";
import { parseQuestionFile } from "@/lib/questions/parse";

describe("content/questions", () => {
  it("holds at least 180 valid questions with unique ids, over every theme we promise, in all three depths", () => {
    const bank = questionBank();
    expect(bank.length).toBeGreaterThanOrEqual(180);
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
    expect(new Set(bank.map((q) => q.text.toLowerCase())).size).toBe(bank.length);
    const themes = new Set(bank.map((q) => q.theme));
    for (const theme of [
      "listening",
      "perspective-taking",
      "appreciation",
      "vulnerability",
      "forgiveness",
      "presence",
      "repair",
      "gratitude",
      "play",
      "dreams",
      "daily-life",
    ]) {
      expect(themes, theme).toContain(theme);
    }
    for (const depth of ["light", "medium", "deep"]) expect(bank.filter((q) => q.depth === depth).length, depth).toBeGreaterThan(40);
  });

  it("names the file and the entry at fault", () => {
    const questions = [
      { id: "play-01", depth: "light", text: "What made you laugh today?" },
      { id: "play-02", depth: "bottomless", text: "What now?" },
    ];
    expect(() => parseQuestionFile("play.json", { theme: "play", questions })).toThrow(
      /content\/questions\/play\.json question 2: questions\.1\.depth/,
    );
    expect(() =>
      parseQuestionFile("play.json", {
        theme: "play",
        questions: [{ id: "play-01", depth: "light", text: "A statement, not a question." }],
      }),
    ).toThrow(/question 1: .*must be a question/);
    expect(() => parseQuestionFile("fun.json", { theme: "play", questions: [questions[0]] })).toThrow(/must match the file name/);
    expect(() => parseQuestionFile("play.json", { theme: "play", questions: [{ ...questions[0], id: "repair-01" }] })).toThrow(
      /must start with "play-"/,
    );
  });
});

/** A couple's days from the first: what they get each day, as the service records it. */
function walk(scopeKey: string, days: number, startWeekday = 1) {
  const bank = questionBank();
  const had: string[] = [];
  for (let day = 0; day < days; day++)
    had.push(chooseQuestion(bank, { scopeKey, had }, { daysSinceStart: day, weekday: (startWeekday + day) % 7 }).id);
  return had;
}

describe("one question a day", () => {
  it("never repeats for a couple until the whole bank is used, then starts a new round", () => {
    const size = questionBank().length;
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 6 }), (couple, weekday) => {
        const had = walk(`couple:${couple}`, size + 20, weekday);
        expect(new Set(had.slice(0, size)).size).toBe(size);
        expect(new Set(had.slice(size)).size).toBe(20);
      }),
      { numRuns: 15 },
    );
  });

  it("is the same for both partners and every request (a function of the couple and the day), and differs between couples", () => {
    expect(walk("couple:a", 30)).toEqual(walk("couple:a", 30));
    expect(walk("couple:a", 30)).not.toEqual(walk("couple:b", 30));
  });

  it("is light for the first two weeks, then mixes depths across each week", () => {
    const bank = new Map(questionBank().map((q) => [q.id, q.depth]));
    const had = walk("couple:depths", 28);
    expect(had.slice(0, 14).every((id) => bank.get(id) === "light")).toBe(true);
    const laterWeek = had.slice(14, 21).map((id) => bank.get(id));
    expect(new Set(laterWeek)).toEqual(new Set(["light", "medium", "deep"]));
    expect(wantedDepth(20, 4)).toBe("deep");
  });

  it("a swap gives another question, not one already had", () => {
    const bank = questionBank();
    const had = walk("couple:swap", 10);
    const today = chooseQuestion(bank, { scopeKey: "couple:swap", had }, { daysSinceStart: 10, weekday: 3 });
    const swapped = chooseQuestion(bank, { scopeKey: "couple:swap", had }, { daysSinceStart: 10, weekday: 3 }, today.id);
    expect(swapped.id).not.toBe(today.id);
    expect(had).not.toContain(swapped.id);
  });
});
