/** An answer's length, shared by the schema and the browser's character counter (kept free of zod: it runs in the browser). */
export const ANSWER_MAX = 1000;
