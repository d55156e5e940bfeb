import { z } from "zod";

export const DeleteAccountSchema = z.object({
  confirmEmail: z.string().trim().toLowerCase().min(1, "Type your email address to confirm").max(254),
});
