/** What Settings offers for each kind of message (kept free of zod: the form runs in the browser). */

/** The kinds a person chooses push, email, both or off for, in the order Settings lists them. */
export const CHOOSABLE_KINDS = {
  NOTE_RECEIVED: "My partner sends me a note",
  CHECKIN_RESPONSE: "My partner responds to my check-in",
  BID: "My partner reaches out (thinking of you, a hug…)",
  REPAIR: "My partner sends words from my repair list",
  APOLOGY: "An apology: my partner's, or their answer to mine",
  QUESTION_ANSWERED: "My partner answers today's question first",
  TALK_STARTED: "My partner starts a talk",
  TALK_TURN: "It's my turn in a talk",
  TALK_RESUME: "A talk's break is over",
  AGREEMENT_CHECK: "A week after an agreement: did we keep it?",
  INVITE_ACCEPTED: "My invitation is accepted",
  PARTNER_LEFT: "My partner unlinks",
  CHECKIN_REMINDER: "My daily check-in reminder",
} as const;
export type ChoosableKind = keyof typeof CHOOSABLE_KINDS;

export const CHANNEL_CHOICES = { PUSH: "Push", EMAIL: "Email", BOTH: "Push and email", OFF: "Off" } as const;
