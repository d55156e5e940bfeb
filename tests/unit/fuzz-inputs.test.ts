/**
 * Property tests over every zod schema that guards a server action or route
 * handler: whatever arrives, parsing never throws, and what it accepts keeps
 * the rules the database also enforces.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DeleteAccountSchema } from "@/lib/account/schema";
import { CheckInIdSchema, CheckInSchema, RespondSchema } from "@/lib/checkins/schema";
import { InviteByEmailSchema, InviteIdSchema, InviteSecretSchema } from "@/lib/couples/schema";
import { ComposeNoteSchema, NoteIdSchema, ReplySchema } from "@/lib/notes/schema";
import { SwapPracticeSchema } from "@/lib/practices/schema";
import { EmailPreferencesSchema } from "@/lib/preferences/schema";
import { ProfileSchema } from "@/lib/profile/schema";

const anyValue = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.string()));
const formLike = (keys: string[]) => fc.record(Object.fromEntries(keys.map((k) => [k, anyValue])), { requiredKeys: [] });

const SCHEMAS = {
  ProfileSchema: [ProfileSchema, ["name", "timeZone"]],
  CheckInSchema: [CheckInSchema, ["pleasantness", "energy", "feeling", "note", "visibility", "need"]],
  CheckInIdSchema: [CheckInIdSchema, ["checkInId"]],
  RespondSchema: [RespondSchema, ["checkInId", "kind"]],
  InviteByEmailSchema: [InviteByEmailSchema, ["email"]],
  InviteIdSchema: [InviteIdSchema, ["inviteId"]],
  InviteSecretSchema: [InviteSecretSchema, ["secret"]],
  DeleteAccountSchema: [DeleteAccountSchema, ["confirmEmail"]],
  ComposeNoteSchema: [ComposeNoteSchema, ["body", "prompt"]],
  NoteIdSchema: [NoteIdSchema, ["noteId"]],
  ReplySchema: [ReplySchema, ["noteId", "reply"]],
  SwapPracticeSchema: [SwapPracticeSchema, ["slug"]],
  EmailPreferencesSchema: [EmailPreferencesSchema, ["reminderEnabled", "reminderHour", "noteEmails", "digestEnabled", "digestWeekday", "digestHour"]],
} as const;

describe.each(Object.entries(SCHEMAS))("%s", (_name, [schema, keys]) => {
  it("never throws, whatever the input, and explains every refusal", () => {
    fc.assert(
      fc.property(fc.oneof(formLike([...keys]), anyValue), (input) => {
        const result = schema.safeParse(input);
        if (!result.success) expect(result.error.issues.every((issue) => issue.message.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("what is accepted stays within the rules", () => {
  it("check-ins: scales 1-5, notes up to 500, a word from the right quadrant", () => {
    fc.assert(
      fc.property(fc.integer({ min: -2, max: 8 }), fc.integer({ min: -2, max: 8 }), fc.string({ maxLength: 700 }), fc.constantFrom("joyful", "calm", "anxious", "sad", "nope"), (p, e, note, feeling) => {
        const result = CheckInSchema.safeParse({ pleasantness: String(p), energy: String(e), feeling, note, visibility: "SHARED" });
        if (result.success) {
          expect(result.data.pleasantness).toBeGreaterThanOrEqual(1);
          expect(result.data.pleasantness).toBeLessThanOrEqual(5);
          expect(result.data.energy).toBeGreaterThanOrEqual(1);
          expect(result.data.energy).toBeLessThanOrEqual(5);
          expect((result.data.note ?? "").length).toBeLessThanOrEqual(500);
        }
      }),
    );
  });

  it("notes: 1 to 1,000 characters after trimming; replies up to 280", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 1200 }), (body) => {
        const note = ComposeNoteSchema.safeParse({ body });
        if (note.success) expect(note.data.body.length).toBeGreaterThan(0);
        if (note.success) expect(note.data.body.length).toBeLessThanOrEqual(1000);
        const reply = ReplySchema.safeParse({ noteId: "n", reply: body });
        if (reply.success) expect(reply.data.reply.length).toBeLessThanOrEqual(280);
      }),
    );
  });

  it("email preferences: hours 0-23 and weekdays 0-6 only", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 30 }), fc.integer({ min: -5, max: 10 }), (hour, day) => {
        const result = EmailPreferencesSchema.safeParse({ reminderHour: String(hour), digestHour: String(hour), digestWeekday: String(day) });
        if (result.success) {
          expect(result.data.digestHour).toBeGreaterThanOrEqual(0);
          expect(result.data.digestHour).toBeLessThanOrEqual(23);
          expect(result.data.digestWeekday).toBeLessThanOrEqual(6);
        }
      }),
    );
  });
});
