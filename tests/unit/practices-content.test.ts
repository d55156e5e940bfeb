import { describe, expect, it } from "vitest";
import { allPractices } from "@/lib/practices/library";
import { parsePractice } from "@/lib/practices/parse";

const VALID = {
  slug: "example",
  title: "An example",
  summary: "A practice used only in this test.",
  minutes: 5,
  tags: ["listening"],
  prompts: ["I noticed when you…"],
  conversation: ["What helps you feel heard?"],
};
const BODY =
  "## Why it matters\n\nBecause.\n\n## How to do it\n\n- Listen.\n\n## This week's small exercise\n\nListen twice as long as you talk, once a day.";

describe("content/practices", () => {
  it("holds at least 15 valid practices, each with prompts, questions and an exercise", () => {
    const practices = allPractices();
    expect(practices.length).toBeGreaterThanOrEqual(15);
    for (const practice of practices) {
      expect(practice.prompts.length, practice.slug).toBeGreaterThan(0);
      expect(practice.conversation.length, practice.slug).toBeGreaterThan(0);
      expect(practice.exercise.length, practice.slug).toBeGreaterThan(40);
    }
    expect(new Set(practices.map((p) => p.slug)).size).toBe(practices.length);
  });

  it("covers every theme the product promises", () => {
    const slugs = allPractices().map((p) => p.slug);
    for (const slug of [
      "active-listening",
      "seeing-their-perspective",
      "listening-without-judgment",
      "validating-feelings",
      "being-present",
      "noticing-unspoken-cues",
      "pausing-before-reacting",
      "care-in-small-actions",
      "daily-acts-of-kindness",
      "expressing-appreciation",
      "forgiveness",
      "sharing-dreams-and-fears",
      "showing-vulnerability",
      "patience-in-hard-moments",
      "encouraging-and-supporting",
      "honest-talk-and-accountability",
      "growing-through-shared-experiences",
      "self-compassion",
    ]) {
      expect(slugs).toContain(slug);
    }
  });

  it("rejects a malformed file, naming it", () => {
    expect(() => parsePractice("broken.md", { ...VALID, slug: "broken", prompts: [] }, BODY)).toThrow(
      /content\/practices\/broken\.md: prompts/,
    );
    expect(() => parsePractice("example.md", VALID, "## Why it matters\n\nOnly one section.")).toThrow(
      /example\.md: missing the "## How to do it" section/,
    );
    expect(() => parsePractice("other.md", VALID, BODY)).toThrow(/other\.md: slug "example" must match/);
  });

  it("extracts this week's exercise from the body", () => {
    expect(parsePractice("example.md", VALID, BODY).exercise).toBe("Listen twice as long as you talk, once a day.");
  });
});
