/** Note and reply lengths, shared by the schemas and the browser's character counters (kept free of zod). */
export const NOTE_MAX = 1000;
export const REPLY_MAX = 280;
