import type { CurrentCouple } from "@/lib/couples/membership";

/**
 * The one condition for reading a partner's check-ins: written by the current
 * partner, inside the current couple, and shared. Private check-ins never
 * match, so they cannot be shown, counted, charted, answered or emailed
 * anywhere this is used: every page, route and export (the weekly digest
 * uses its batch form, sharedInCouples). Null when not linked: there is no
 * partner to read.
 */
export function partnerShared(couple: Pick<CurrentCouple, "id" | "partner"> | null) {
  if (!couple) return null;
  return { authorId: couple.partner.id, coupleId: couple.id, visibility: "SHARED" as const };
}

/**
 * partnerShared for a batch of couples at once (the weekly digest): the shared
 * check-ins written inside these couples. A couple has two seats, so these are
 * exactly what its two partners may read of each other; each person must then
 * be handed only the rows of their partner in their couple. One `IN` list, not
 * an OR of partnerShared per couple: PostgreSQL took 250 ms to plan and run
 * that OR for 500 couples, and this 25 ms (BENCHMARKS.md, "Weekly digest under 30 s").
 */
export function sharedInCouples(coupleIds: string[]) {
  return { coupleId: { in: coupleIds }, visibility: "SHARED" as const };
}
