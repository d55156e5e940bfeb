import { z } from "zod";
import file from "@/content/bids.json";

const phrase = z.string().trim().min(2).max(60);

const BidsFileSchema = z.object({
  bids: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]{2,32}$/),
        /** The button and the shortcut: "Thinking of you". */
        label: phrase,
        /** After the sender's name on the partner's home: "Sam is thinking of you". */
        sentence: phrase,
        /** The one-tap answer back: "Thinking of you too". */
        answer: phrase,
        /** After the partner's name on the sender's home: "Sam is thinking of you too". */
        answered: phrase,
      }),
    )
    .min(4)
    .max(8)
    .refine((bids) => new Set(bids.map((b) => b.id)).size === bids.length, "bid ids must be unique"),
});

export type BidKind = z.infer<typeof BidsFileSchema>["bids"][number];

/** The small reach-outs of content/bids.json, in the order home shows them (validated once, when first read). */
export const BIDS: readonly BidKind[] = BidsFileSchema.parse(file).bids;

export function bidKind(id: string): BidKind | undefined {
  return BIDS.find((b) => b.id === id);
}

export const BidKindSchema = z.string().refine((id) => bidKind(id) !== undefined, "Pick one of the ways to reach out");
