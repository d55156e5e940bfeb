import { z } from "zod";
import { BidKindSchema } from "./kinds";

export const SendBidSchema = z.object({ kind: BidKindSchema });
export const AnswerBidSchema = z.object({ bidId: z.string().trim().min(1).max(64) });
