import { describe, expect, it } from "vitest";
import { responseSentence } from "@/lib/checkins/responses";
import { dayInWords } from "@/lib/time/format";

// Wednesday 2 December 2026, 01:30 in Paris (00:30 UTC); still Tuesday in New York.
const now = new Date("2026-12-02T00:30:00Z");

describe("which day, in words", () => {
  it("says today, yesterday, the weekday within the week, else the date, in the person's zone", () => {
    expect(dayInWords(new Date("2026-12-01T23:10:00Z"), "Europe/Paris", now)).toBe("today");
    expect(dayInWords(new Date("2026-12-01T23:10:00Z"), "America/New_York", now)).toBe("today");
    expect(dayInWords(new Date("2026-12-01T12:00:00Z"), "Europe/Paris", now)).toBe("yesterday");
    expect(dayInWords(new Date("2026-11-27T12:00:00Z"), "Europe/Paris", now)).toBe("Friday");
    expect(dayInWords(new Date("2026-11-25T12:00:00Z"), "Europe/Paris", now)).toBe("25 November");
  });
});

describe("a partner's answer, as home says it", () => {
  it("names the answer and the check-in it was for", () => {
    expect(responseSentence("SENDING_A_HUG", "Tuesday")).toBe("sent you a hug for Tuesday's check-in");
    expect(responseSentence("THINKING_OF_YOU", "today")).toBe("is thinking of you after today's check-in");
    expect(responseSentence("WANT_TO_TALK", "12 November")).toBe("would like to talk about your check-in of 12 November");
  });
});
