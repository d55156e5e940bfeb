/** The one-tap answers to a partner's check-in (kept apart from the feelings vocabulary, which the home page's buttons do not need). */
export const RESPONSES = {
  THINKING_OF_YOU: "Thinking of you",
  WANT_TO_TALK: "Want to talk?",
  SENDING_A_HUG: "Sending a hug",
} as const;
