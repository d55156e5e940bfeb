import { describe, expect, it } from "vitest";
import { CheckInJsonSchema, CheckInSchema } from "@/lib/checkins/schema";
import { ComposeNoteSchema, ReplySchema } from "@/lib/notes/schema";
import { EmailPreferencesSchema } from "@/lib/preferences/schema";
import { ProfileSchema } from "@/lib/profile/schema";

const checkIn = { pleasantness: 4, energy: 4, feeling: "hopeful", visibility: "SHARED" };
const fieldError = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
  result.error?.issues.find((issue) => issue.path[0] === field)?.message;

describe("names", () => {
  it.each([
    ["a line break (it would reach email subjects)", "Eve\r\nBcc: all@example.com"],
    ["a right-to-left override (it reverses the text after it)", "Eve\u202Egnp.exe"],
    ["an isolate", "Eve\u2066x"],
    ["a NUL", "Eve\u0000"],
  ])("refuse %s, with a message next to the field", (_what, name) => {
    const result = ProfileSchema.safeParse({ name, timeZone: "Europe/London" });
    expect(fieldError(result, "name")).toBe("Names can't contain line breaks, control characters or text-direction marks.");
  });

  it("accept names in any script, accents and emoji included", () => {
    for (const name of ["Zoë", "محمد", "李雷", "Ana María", "Sam 🌱"])
      expect(ProfileSchema.safeParse({ name, timeZone: "UTC" }).success).toBe(true);
  });
});

describe("free text", () => {
  it("refuses a NUL byte (PostgreSQL cannot store it) with a message next to the field", () => {
    const message = "This text contains a character Kindred can't store (a NUL byte). Please remove it.";
    expect(fieldError(ComposeNoteSchema.safeParse({ body: "Thank\u0000 you" }), "body")).toBe(message);
    expect(fieldError(ReplySchema.safeParse({ noteId: "n", reply: "\u0000" }), "reply")).toBe(message);
    expect(fieldError(CheckInSchema.safeParse({ ...checkIn, note: "a\u0000b" }), "note")).toBe(message);
  });
});

describe("JSON takes numbers as numbers", () => {
  it.each([[[4]], ["0x4"], [" 4 "], ["4e0"], ["4"], [4.5]])("refuses pleasantness %j", (value) => {
    expect(CheckInJsonSchema.safeParse({ ...checkIn, pleasantness: value }).success).toBe(false);
  });

  it("accepts a number, and forms may still send digits", () => {
    expect(CheckInJsonSchema.safeParse(checkIn).success).toBe(true);
    expect(CheckInSchema.safeParse({ ...checkIn, pleasantness: "4", energy: " 4 " }).success).toBe(true);
    expect(CheckInSchema.safeParse({ ...checkIn, pleasantness: "0x4" }).success).toBe(false);
  });
});

describe("email preferences", () => {
  it("treat an empty hour as not chosen, never as midnight", () => {
    const result = EmailPreferencesSchema.safeParse({ reminderHour: "", digestHour: "18", digestWeekday: "0" });
    expect(fieldError(result, "reminderHour")).toBe("Choose an hour");
  });
});
