import type { CurrentCouple } from "@/lib/couples/membership";

/**
 * The one condition for reading a partner's check-ins: written by the current
 * partner, inside the current couple, and shared. Private check-ins never
 * match, so they cannot be shown, counted, charted, answered or emailed
 * anywhere this is used: every page, route, export and the weekly digest
 * (which ORs it over a batch of couples). Null when not linked: there is no
 * partner to read.
 */
export function partnerShared(couple: Pick<CurrentCouple, "id" | "partner"> | null) {
  if (!couple) return null;
  return { authorId: couple.partner.id, coupleId: couple.id, visibility: "SHARED" as const };
}
