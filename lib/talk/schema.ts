import { z } from "zod";
import { freeText } from "@/lib/validation/text";

const required = (max: number, empty: string, tooLong: string) => freeText(max, tooLong).pipe(z.string().min(1, empty));
const optional = (max: number, tooLong: string) => z.preprocess((v) => (v === "" ? undefined : v), freeText(max, tooLong).optional());
const version = z.coerce.number({ error: "Reload the talk and try again" }).int().min(0);

export const StartTalkSchema = z.object({
  topic: required(140, "Say in a few words what it's about", "Keep the topic to 140 characters or fewer"),
  first: z.enum(["me", "partner"], { error: "Choose who speaks first" }),
});
export type StartTalkInput = z.infer<typeof StartTalkSchema>;

export const BREAK_IDS = ["20m", "1h", "tomorrow", "at"] as const;

export const TurnSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("share"),
      version,
      body: required(2000, "Write how it is for you first", "Keep it to 2,000 characters or fewer"),
    }),
    z.object({
      kind: z.literal("reflect"),
      version,
      body: required(2000, "Say back what you heard first", "Keep it to 2,000 characters or fewer"),
      validation: optional(1000, "Keep it to 1,000 characters or fewer"),
    }),
    z.object({ kind: z.literal("confirm"), version }),
    z.object({
      kind: z.literal("notQuite"),
      version,
      body: required(1000, "Say what they missed", "Keep it to 1,000 characters or fewer"),
    }),
    z.object({
      kind: z.literal("pause"),
      version,
      breakId: z.enum(BREAK_IDS, { error: "Choose how long a break" }),
      at: z.preprocess(
        (v) => (v === "" ? undefined : v),
        z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Choose a time")
          .optional(),
      ),
      message: required(300, "Say a word to your partner", "Keep it to 300 characters or fewer"),
    }),
    z.object({ kind: z.literal("resume"), version }),
    z.object({ kind: z.literal("close"), version }),
  ],
  { error: "That isn't a move in a talk" },
);
export type TurnInput = z.infer<typeof TurnSchema>;

export const ClosingSchema = z.object({
  version,
  appreciation: required(500, "Name one thing you appreciated", "Keep it to 500 characters or fewer"),
  agreement: optional(200, "Keep the agreement to 200 characters or fewer"),
  apology: optional(300, "Keep it to 300 characters or fewer"),
});
export type ClosingInput = z.infer<typeof ClosingSchema>;

export const TalkIdSchema = z.object({ talkId: z.string().trim().min(1).max(40) });
export const AgreementStatusSchema = z.object({
  agreementId: z.string().trim().min(1).max(40),
  status: z.enum(["ACTIVE", "KEPT", "RETIRED"], { error: "Choose kept or retired" }),
});

const agreementId = z.string().trim().min(1).max(40);
export const FollowUpAnswerSchema = z.object({ agreementId, answer: z.enum(["YES", "PARTLY", "NOT_YET"], { error: "Choose an answer" }) });
export const SettleFollowUpSchema = z.object({ agreementId, decision: z.enum(["keep", "retire"], { error: "Choose keep or retire" }) });
export const AdjustAgreementSchema = z.object({
  agreementId,
  text: required(200, "Write the agreement as you'd like it now", "Keep the agreement to 200 characters or fewer"),
});
