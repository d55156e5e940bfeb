/** The guided apology's rules, kept free of the server (the form uses them in the browser). */

/** What the partner may answer, in their words as the buttons say them. */
export const APOLOGY_ANSWERS = {
  FORGIVE: "I forgive you",
  NEED_TIME: "I need a little time",
  TALK: "Can we talk it through?",
} as const;

/** "A little time": when the apology comes back to its recipient, gently. */
export const APOLOGY_RETURN_MS = 2 * 24 * 60 * 60 * 1000;

export const APOLOGY_FIELD_MAX = 600;

/** The question the apology ends with unless the writer asks their own. */
export const DEFAULT_ASK = "What would help you now?";

/**
 * Whether owning the effect is undone by a "but" (or its cousins): "I'm
 * sorry you felt hurt, but…" is an explanation, not an apology. The form
 * says so gently; it never refuses.
 */
export function hasExcuse(text: string): boolean {
  return /\b(but|however|although|though)\b/i.test(text) || /\b(if you|you made me)\b/i.test(text);
}

/** The topic of the talk "Can we talk it through?" starts (a talk's topic is at most 140 characters). */
export function apologyTalkTopic(happened: string): string {
  const topic = `About the apology: ${happened.replace(/\s+/g, " ").trim()}`;
  return topic.length > 140 ? `${topic.slice(0, 139)}…` : topic;
}

/** Period keys of an apology's messages: to its recipient when sent, to its author when answered, back to the recipient after "a little time". */
export const apologyKeys = {
  sent: (id: string) => `apology:${id}`,
  answered: (id: string) => `apology-answer:${id}`,
  returned: (id: string) => `apology-return:${id}`,
};
