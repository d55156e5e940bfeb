/**
 * Property tests over every zod schema that guards a server action or route
 * handler: whatever arrives, parsing never throws, and what it accepts keeps
 * the rules the database also enforces.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DeleteAccountSchema } from "@/lib/account/schema";
import { isFeelingOf } from "@/lib/checkins/mood";
import {
  CheckInIdSchema,
  CheckInJsonSchema,
  CheckInSchema,
  CheckInUpdateSchema,
  RespondJsonSchema,
  RespondSchema,
} from "@/lib/checkins/schema";
import { InviteByEmailSchema, InviteIdSchema, InviteSecretSchema, NoInputSchema } from "@/lib/couples/schema";
import { ComposeNoteSchema, HeartSchema, NoteIdSchema, ReplySchema } from "@/lib/notes/schema";
import { SwapPracticeSchema, TriedSchema } from "@/lib/practices/schema";
import { DeviceIdSchema, PushSubscriptionSchema } from "@/lib/notifications/device-schema";
import { CHOOSABLE_KINDS } from "@/lib/preferences/choices";
import { EmailKindTokenSchema, EmailPreferencesSchema } from "@/lib/preferences/schema";
import { ProfileSchema, WelcomeSchema } from "@/lib/profile/schema";

const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string()),
);
const formLike = (keys: string[]) => fc.record(Object.fromEntries(keys.map((k) => [k, anyValue])), { requiredKeys: [] });

const NO_QUIET_HOURS_PUSH_FOR_ALL = {
  quietStart: "",
  quietEnd: "",
  ...Object.fromEntries(Object.keys(CHOOSABLE_KINDS).map((kind) => [`channel_${kind}`, "PUSH"])),
};

const SCHEMAS = {
  ProfileSchema: [ProfileSchema, ["name", "timeZone"]],
  WelcomeSchema: [WelcomeSchema, ["name", "timeZone", "next"]],
  CheckInJsonSchema: [CheckInJsonSchema, ["pleasantness", "energy", "feeling", "note", "visibility", "need"]],
  CheckInUpdateSchema: [CheckInUpdateSchema, ["checkInId", "pleasantness", "energy", "feeling", "note", "visibility", "need"]],
  RespondJsonSchema: [RespondJsonSchema, ["kind"]],
  NoInputSchema: [NoInputSchema, []],
  HeartSchema: [HeartSchema, ["noteId", "hearted"]],
  TriedSchema: [TriedSchema, ["tried"]],
  EmailKindTokenSchema: [EmailKindTokenSchema, ["token", "enabled"]],
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
  EmailPreferencesSchema: [
    EmailPreferencesSchema,
    ["reminderEnabled", "reminderHour", "digestEnabled", "digestWeekday", "digestHour", "quietStart", "quietEnd", "channel_NOTE_RECEIVED"],
  ],
  PushSubscriptionSchema: [PushSubscriptionSchema, ["endpoint", "keys"]],
  DeviceIdSchema: [DeviceIdSchema, ["deviceId"]],
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

/**
 * Each property says exactly which inputs are accepted, both ways: a schema
 * that refused everything (or let everything through) fails here.
 */
describe("exactly what the rules allow is accepted", () => {
  it("check-ins: scales 1-5, notes up to 500, a word from the mood's own quadrant", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2, max: 8 }),
        fc.integer({ min: -2, max: 8 }),
        fc.string({ maxLength: 700 }),
        fc.constantFrom("joyful", "calm", "anxious", "sad", "nope"),
        (p, e, note, feeling) => {
          const result = CheckInSchema.safeParse({ pleasantness: String(p), energy: String(e), feeling, note, visibility: "SHARED" });
          const inRange = p >= 1 && p <= 5 && e >= 1 && e <= 5;
          const allowed = inRange && note.trim().length <= 500 && isFeelingOf(feeling, p, e);
          expect(result.success).toBe(allowed);
          if (result.success) expect(result.data).toMatchObject({ pleasantness: p, energy: e, feeling });
        },
      ),
    );
  });

  it("notes: 1 to 1,000 characters after trimming; replies 1 to 280", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 1200 }), (body) => {
        const length = body.trim().length;
        const note = ComposeNoteSchema.safeParse({ body });
        expect(note.success).toBe(length >= 1 && length <= 1000);
        if (note.success) expect(note.data.body).toBe(body.trim());
        const reply = ReplySchema.safeParse({ noteId: "n", reply: body });
        expect(reply.success).toBe(length >= 1 && length <= 280);
      }),
    );
  });

  it("email preferences: hours 0-23 and weekdays 0-6", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 30 }), fc.integer({ min: -5, max: 10 }), (hour, day) => {
        const result = EmailPreferencesSchema.safeParse({
          ...NO_QUIET_HOURS_PUSH_FOR_ALL,
          reminderHour: String(hour),
          digestHour: String(hour),
          digestWeekday: String(day),
        });
        expect(result.success).toBe(hour >= 0 && hour <= 23 && day >= 0 && day <= 6);
        if (result.success) expect(result.data).toMatchObject({ reminderHour: hour, digestHour: hour, digestWeekday: day });
      }),
    );
  });

  it("quiet hours: none, or two different hours 0-23", () => {
    const bound = fc.oneof(fc.constant(""), fc.integer({ min: -3, max: 27 }).map(String));
    fc.assert(
      fc.property(bound, bound, (quietStart, quietEnd) => {
        const result = EmailPreferencesSchema.safeParse({
          ...NO_QUIET_HOURS_PUSH_FOR_ALL,
          reminderHour: "8",
          digestHour: "8",
          digestWeekday: "0",
          quietStart,
          quietEnd,
        });
        const hour = (v: string) => v !== "" && Number(v) >= 0 && Number(v) <= 23;
        expect(result.success).toBe(
          (quietStart === "" && quietEnd === "") || (hour(quietStart) && hour(quietEnd) && quietStart !== quietEnd),
        );
      }),
    );
  });
});
