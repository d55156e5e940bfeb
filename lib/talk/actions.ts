"use server";

import { viewerAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { answerFollowUp, settleFollowUp } from "./follow-up";
import {
  AdjustAgreementSchema,
  AgreementStatusSchema,
  ClosingSchema,
  FollowUpAnswerSchema,
  SettleFollowUpSchema,
  StartTalkSchema,
  TalkIdSchema,
  TurnSchema,
} from "./schema";
import { closeTalk, deleteTalk, setAgreementStatus, startTalk, takeTurn } from "./service";

type Started = FormState & { talkId?: string };

export const startTalkAction = viewerAction<typeof StartTalkSchema, Started>(
  StartTalkSchema,
  async (viewer, input) => ({ status: "success", talkId: (await startTalk(viewer, input)).id }),
  { revalidate: [["/", "layout"]], redirect: (_input, state) => `/talk/${state.talkId}` },
);

export const takeTurnAction = viewerAction(
  TalkIdSchema.and(TurnSchema),
  (viewer, { talkId, ...turn }) => takeTurn(viewer, talkId, turn).then(() => undefined),
  {
    revalidate: [["/", "layout"]],
  },
);

export const closeTalkAction = viewerAction(
  TalkIdSchema.and(ClosingSchema),
  (viewer, { talkId, ...closing }) => closeTalk(viewer, talkId, closing),
  {
    revalidate: [["/", "layout"]],
  },
);

export const deleteTalkAction = viewerAction(TalkIdSchema, (viewer, { talkId }) => deleteTalk(viewer, talkId), {
  revalidate: [["/", "layout"]],
  redirect: "/talk?deleted=1",
});

export const agreementStatusAction = viewerAction(
  AgreementStatusSchema,
  (viewer, { agreementId, status }) => setAgreementStatus(viewer, agreementId, status),
  { revalidate: ["/talk"] },
);

export const answerFollowUpAction = viewerAction(
  FollowUpAnswerSchema,
  (viewer, { agreementId, answer }) => answerFollowUp(viewer, agreementId, answer),
  { revalidate: ["/talk", "/home"] },
);

export const settleFollowUpAction = viewerAction(
  SettleFollowUpSchema,
  (viewer, { agreementId, decision }) => settleFollowUp(viewer, agreementId, { kind: decision }),
  { revalidate: ["/talk", "/home"], message: "Done. It's on your list of agreements." },
);

export const adjustAgreementAction = viewerAction(
  AdjustAgreementSchema,
  (viewer, { agreementId, text }) => settleFollowUp(viewer, agreementId, { kind: "adjust", text }),
  { revalidate: ["/talk", "/home"], message: "Adjusted. You'll both be asked again in a week." },
);
