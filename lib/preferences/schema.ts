import { z } from "zod";
import { CHOOSABLE_KINDS, type ChoosableKind } from "./choices";

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
