"use server";

import { viewerAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { AnswerApologySchema, ApologyIdSchema, ApologySchema } from "./apology-schema";
import { answerApology, deleteApology, sendApology } from "./apologies";
import { OwnPhraseSchema, PickIdSchema, PickPrivacySchema, TogglePhraseSchema } from "./schema";
import { addOwnPhrase, removePick, sendRepair, setPickPrivacy, togglePhrase } from "./service";

const revalidate = ["/repair", "/home"] as const;

export const togglePhraseAction = viewerAction(
  TogglePhraseSchema,
  (viewer, { phraseId }) => togglePhrase(viewer, phraseId).then(() => undefined),
  {
    revalidate,
  },
);

export const addOwnPhraseAction = viewerAction(OwnPhraseSchema, (viewer, input) => addOwnPhrase(viewer, input), {
  revalidate,
  message: "Added to your list.",
});

export const setPickPrivacyAction = viewerAction(
  PickPrivacySchema,
  (viewer, { pickId, private: isPrivate }) => setPickPrivacy(viewer, pickId, isPrivate),
  {
    revalidate,
  },
);

export const removePickAction = viewerAction(PickIdSchema, (viewer, { pickId }) => removePick(viewer, pickId), { revalidate });

export const sendRepairAction = viewerAction(
  PickIdSchema,
  async (viewer, { pickId }) => {
    const { repeated } = await sendRepair(viewer, pickId);
    const partner = viewer.couple?.partner.name ?? "your partner";
    return { status: "success", message: repeated ? `Already sent: ${partner} will see it.` : `Sent to ${partner}.` };
  },
  { revalidate: [...revalidate, ["/talk", "layout"]] },
);

export const sendApologyAction = viewerAction(ApologySchema, (viewer, input) => sendApology(viewer, input).then(() => undefined), {
  revalidate,
  redirect: "/repair?apologised=1#apologies",
});

/** "Can we talk it through?" opens the talk it started. */
export const answerApologyAction = viewerAction<typeof AnswerApologySchema, FormState & { talkId?: string | null }>(
  AnswerApologySchema,
  async (viewer, { apologyId, answer }) => ({ status: "success", ...(await answerApology(viewer, apologyId, answer)) }),
  {
    revalidate: [...revalidate, "/talk"],
    redirect: (_input, state) => (state.talkId ? `/talk/${state.talkId}` : "/repair#apologies"),
  },
);

export const deleteApologyAction = viewerAction(ApologyIdSchema, (viewer, { apologyId }) => deleteApology(viewer, apologyId), {
  revalidate,
  message: "Deleted. It's gone for both of you.",
});
