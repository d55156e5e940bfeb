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

export const EmailPreferencesSchema = z.object({
  reminderEnabled: checkbox,
  reminderHour: hour,
  noteEmails: checkbox,
  digestEnabled: checkbox,
  digestWeekday: choice("Choose a day", 6),
  digestHour: hour,
});

export type EmailPreferences = z.infer<typeof EmailPreferencesSchema>;

/** The unsubscribe page's form: the signed token and whether to turn that kind of email on or off. */
export const EmailKindTokenSchema = z.object({
  token: z.string().min(10).max(200),
  enabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});
