import { z } from "zod";

/** A choice from a select: digits only, so an empty value is "not chosen" rather than 0. */
const choice = (message: string, max: number) =>
  z
    .union(
      [
        z.number(),
        z
          .string()
          .trim()
          .regex(/^\d{1,2}$/, message)
          .transform(Number),
      ],
      { error: message },
    )
    .pipe(z.number().int(message).min(0, message).max(max, message));
const hour = choice("Choose an hour", 23);
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** The kinds a person chooses push, email, both or off for, in the order Settings lists them. */
export const CHOOSABLE_KINDS = {
  NOTE_RECEIVED: "My partner sends me a note",
  CHECKIN_RESPONSE: "My partner responds to my check-in",
  QUESTION_ANSWERED: "My partner answers today's question first",
  TALK_STARTED: "My partner starts a talk",
  TALK_TURN: "It's my turn in a talk",
  TALK_RESUME: "A talk's break is over",
  INVITE_ACCEPTED: "My invitation is accepted",
  PARTNER_LEFT: "My partner unlinks",
  CHECKIN_REMINDER: "My daily check-in reminder",
} as const;
export type ChoosableKind = keyof typeof CHOOSABLE_KINDS;

export const CHANNEL_CHOICES = { PUSH: "Push", EMAIL: "Email", BOTH: "Push and email", OFF: "Off" } as const;
const channelChoice = z.enum(["PUSH", "EMAIL", "BOTH", "OFF"], { error: "Choose how to be told" });
/** A quiet-hours bound: an hour, or "" for none. */
const optionalHour = z.union([z.literal("").transform(() => null), z.null(), hour]);

export const EmailPreferencesSchema = z
  .object({
    reminderEnabled: checkbox,
    reminderHour: hour,
    digestEnabled: checkbox,
    digestWeekday: choice("Choose a day", 6),
    digestHour: hour,
    quietStart: optionalHour,
    quietEnd: optionalHour,
    ...(Object.fromEntries(Object.keys(CHOOSABLE_KINDS).map((kind) => [`channel_${kind}`, channelChoice])) as Record<
      `channel_${ChoosableKind}`,
      typeof channelChoice
    >),
  })
  .refine((p) => (p.quietStart === null) === (p.quietEnd === null), {
    path: ["quietEnd"],
    message: "Choose when quiet hours end, or set both to None",
  })
  .refine((p) => p.quietStart === null || p.quietStart !== p.quietEnd, {
    path: ["quietEnd"],
    message: "Quiet hours need to end at a different hour than they start",
  });

export type EmailPreferences = z.infer<typeof EmailPreferencesSchema>;

/** The unsubscribe page's form: the signed token and whether to turn that kind of email on or off. */
export const EmailKindTokenSchema = z.object({
  token: z.string().min(10).max(200),
  enabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});
