import { describe, expect, it } from "vitest";
import { BreaksSchema, parseTalkFile, talkContent } from "@/lib/talk/content";

describe("content/talk", () => {
  it("holds the guidance, the speaker's stems and the break options, valid", () => {
    const { guidance, breaks } = talkContent();
    expect(guidance.speaker.stems).toEqual(["I feel …", "when …", "because …", "What I'd like is …"]);
    expect(guidance.listener.reflectStem).toMatch(/^What I hear you saying is/);
    expect(breaks.options.map((o) => o.id)).toEqual(["20m", "1h", "tomorrow"]);
    expect(breaks.defaultMessage.length).toBeGreaterThan(20);
  });

  it("names the file and the field at fault", () => {
    expect(() =>
      parseTalkFile("breaks.json", BreaksSchema, { options: [], defaultMessage: "Back soon, I promise.", reminder: "Time." }),
    ).toThrow(/content\/talk\/breaks\.json: options: /);
  });
});
