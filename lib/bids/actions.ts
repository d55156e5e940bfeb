"use server";

import { viewerAction } from "@/lib/forms/action";
import { bidKind } from "./kinds";
import { AnswerBidSchema, SendBidSchema } from "./schema";
import { answerBid, sendBid } from "./service";

export const sendBidAction = viewerAction(
  SendBidSchema,
  async (viewer, { kind }) => {
    const { repeated } = await sendBid(viewer, kind);
    const partner = viewer.couple?.partner.name ?? "your partner";
    const label = bidKind(kind)?.label ?? kind;
    return { status: "success", message: repeated ? `Already on its way: ${partner} will see it.` : `Sent to ${partner}: ${label}.` };
  },
  { revalidate: ["/home", "/bids"] },
);

export const answerBidAction = viewerAction(AnswerBidSchema, (viewer, { bidId }) => answerBid(viewer, bidId), {
  revalidate: ["/home", "/bids"],
});
