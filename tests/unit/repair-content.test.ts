import { describe, expect, it } from "vitest";
import { phraseText, REPAIR_GROUPS } from "@/lib/repair/phrases";
import { apologyTalkTopic, DEFAULT_ASK, hasExcuse } from "@/lib/repair/apology";
import { ApologySchema } from "@/lib/repair/apology-schema";
import { OwnPhraseSchema, TogglePhraseSchema } from "@/lib/repair/schema";

describe("the repair phrases of content/repair/phrases.json", () => {
  it("hold at least 40 phrases in the six kinds, each id once", () => {
    expect(REPAIR_GROUPS.map((g) => g.title)).toEqual([
      "I feel…",
      "I'm sorry…",
      "Let's find a yes…",
      "I need to calm down…",
      "Stop and pause…",
      "I appreciate…",
    ]);
    const ids = REPAIR_GROUPS.flatMap((g) => g.phrases.map((p) => p.id));
    expect(ids.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ids).size).toBe(ids.length);
    expect(phraseText("sorry-1")).toBe("I'm sorry. I got that wrong.");
  });

  it("accept only our phrases to pick, and one's own words within the limit", () => {
    expect(TogglePhraseSchema.safeParse({ phraseId: "calm-2" }).success).toBe(true);
    expect(TogglePhraseSchema.safeParse({ phraseId: "made-up-1" }).success).toBe(false);
    expect(OwnPhraseSchema.parse({ text: "  Hold my hand  ", private: "on" })).toEqual({ text: "Hold my hand", private: true });
    expect(OwnPhraseSchema.parse({ text: "Hold my hand" })).toEqual({ text: "Hold my hand", private: false });
    expect(OwnPhraseSchema.safeParse({ text: "x".repeat(121) }).success).toBe(false);
    expect(OwnPhraseSchema.safeParse({ text: "  " }).success).toBe(false);
  });
});

describe("the guided apology", () => {
  it("notices an excuse in owning the effect, and only a real one", () => {
    expect(hasExcuse("I'm sorry you felt hurt, but I was tired")).toBe(true);
    expect(hasExcuse("I hurt you. However, ...")).toBe(true);
    expect(hasExcuse("I'm sorry if you felt left out")).toBe(true);
    expect(hasExcuse("You felt you didn't matter to me, and you waited alone.")).toBe(false);
    expect(hasExcuse("You were butting heads with my mother alone")).toBe(false);
  });

  it("asks what would help unless the writer asks their own question", () => {
    const parts = { happened: "I was late", effect: "You waited alone", change: "I'll leave earlier" };
    expect(ApologySchema.parse({ ...parts, ask: "  " }).ask).toBe(DEFAULT_ASK);
    expect(ApologySchema.parse({ ...parts, ask: "Can I make you dinner?" }).ask).toBe("Can I make you dinner?");
    expect(ApologySchema.safeParse({ ...parts, happened: "" }).success).toBe(false);
    expect(ApologySchema.safeParse({ ...parts, effect: "x".repeat(601) }).success).toBe(false);
  });

  it("makes a talk's topic of what happened, within a topic's 140 characters", () => {
    expect(apologyTalkTopic("I was late\nagain")).toBe("About the apology: I was late again");
    const long = apologyTalkTopic("x".repeat(300));
    expect(long).toHaveLength(140);
    expect(long.endsWith("…")).toBe(true);
  });
});
