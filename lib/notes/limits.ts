/** Note and reply lengths, shared by the schemas and the browser's character counters (kept free of zod). */
export const NOTE_MAX = 1000;
export const REPLY_MAX = 280;

/** Why a couple that encrypts its words cannot write on this device yet: said by the browser, and by the server to plain words. */
export const LOCKED_WORDS = "Your words are encrypted between you. Unlock your notes on this device in Settings to write here.";
