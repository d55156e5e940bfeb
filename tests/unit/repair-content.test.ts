import { describe, expect, it } from "vitest";
import { phraseText, REPAIR_GROUPS } from "@/lib/repair/phrases";
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
