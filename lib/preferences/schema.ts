import { z } from "zod";

const hour = z.coerce.number({ error: "Choose an hour" }).int().min(0, "Choose an hour").max(23, "Choose an hour");
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const EmailPreferencesSchema = z.object({
  reminderEnabled: checkbox,
  reminderHour: hour,
  noteEmails: checkbox,
  digestEnabled: checkbox,
  digestWeekday: z.coerce.number({ error: "Choose a day" }).int().min(0, "Choose a day").max(6, "Choose a day"),
  digestHour: hour,
});

export type EmailPreferences = z.infer<typeof EmailPreferencesSchema>;
