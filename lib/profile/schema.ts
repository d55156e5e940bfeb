import { z } from "zod";
import { TimeZoneSchema } from "@/lib/time/zones";

const DisplayNameSchema = z
  .string({ error: "Tell us what to call you" })
  .trim()
  .min(1, "Tell us what to call you")
  .max(50, "Keep your name to 50 characters or fewer");

export const ProfileSchema = z.object({
  name: DisplayNameSchema,
  timeZone: TimeZoneSchema,
});

export type ProfileInput = z.infer<typeof ProfileSchema>;
