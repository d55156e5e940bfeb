/** Who sees a check-in: the one list every schema, query and component uses (kept free of zod and Prisma: the form runs in the browser). */
export const VISIBILITIES = ["SHARED", "PRIVATE"] as const;
export type Visibility = (typeof VISIBILITIES)[number];
