import { z } from "zod";

const EmailSchema = z
  .string({ error: "Enter an email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(254, "That email address is too long")
  .pipe(z.email("Enter a valid email address, like sam@example.com"));

export const InviteByEmailSchema = z.object({ email: EmailSchema });

export const InviteIdSchema = z.object({ inviteId: z.string().trim().min(1).max(64) });

export const InviteSecretSchema = z.object({
  secret: z.string().trim().min(1, "Enter the code from your partner").max(128, "That code is too long"),
});

/** A form with nothing to fill in (a single button). */
export const NoInputSchema = z.object({});
