import { z } from "zod";
import { personName } from "@/lib/validation/text";
import { TimeZoneSchema } from "@/lib/time/zones";

const DisplayNameSchema = personName({
  required: "Tell us what to call you",
  tooLong: "Keep your name to 50 characters or fewer",
  max: 50,
});

export const ProfileSchema = z.object({
  name: DisplayNameSchema,
  timeZone: TimeZoneSchema,
});

export type ProfileInput = z.infer<typeof ProfileSchema>;

/** The welcome form: the profile, and where the person was going (checked by safeCallbackPath). */
export const WelcomeSchema = ProfileSchema.extend({ next: z.string().max(2048).optional() });
