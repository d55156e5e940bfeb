/** The one-tap answers to a partner's check-in (kept apart from the feelings vocabulary, which the home page's buttons do not need). */
export const RESPONSES = {
  THINKING_OF_YOU: "Thinking of you",
  WANT_TO_TALK: "Want to talk?",
  SENDING_A_HUG: "Sending a hug",
} as const;

/**
 * What a partner's answer did, as home says it after their name: "sent you a
 * hug for Tuesday's check-in". `day` is dayInWords of the check-in ("today",
 * "yesterday", "Tuesday" or "12 November").
 */
export function responseSentence(kind: keyof typeof RESPONSES, day: string): string {
  const checkIn = /^\d/.test(day) ? `your check-in of ${day}` : `${day}'s check-in`;
  switch (kind) {
    case "SENDING_A_HUG":
      return `sent you a hug for ${checkIn}`;
    case "THINKING_OF_YOU":
      return `is thinking of you after ${checkIn}`;
    case "WANT_TO_TALK":
      return `would like to talk about ${checkIn}`;
  }
}
