import { z } from "zod";
import file from "@/content/repair/phrases.json";

const PhrasesFileSchema = z.object({
  groups: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z]+$/),
        /** How the group's phrases begin, as its heading: "I'm sorry…". */
        title: z.string().trim().min(3).max(40),
        phrases: z.array(z.object({ id: z.string().regex(/^[a-z]+-\d+$/), text: z.string().trim().min(8).max(120) })).min(4),
      }),
    )
    .min(6),
});

export type RepairGroup = z.infer<typeof PhrasesFileSchema>["groups"][number];

/**
 * The repair phrases of content/repair/phrases.json, by kind. A phrase's id
 * is what a person's list stores: change a phrase's words freely, never
 * reuse an id for a different phrase.
 */
export const REPAIR_GROUPS: readonly RepairGroup[] = PhrasesFileSchema.parse(file).groups;

const byId = new Map(REPAIR_GROUPS.flatMap((g) => g.phrases.map((p) => [p.id, p.text] as const)));

export function phraseText(id: string): string | undefined {
  return byId.get(id);
}
