/** Day names by JavaScript's day number (0 = Sunday), for the digest day picker (kept free of zod: it runs in the browser). */
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
