"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import type { FormState } from "@/lib/forms/form-state";
import { formAction, handleForm } from "@/lib/forms/handle-form";
import { CheckInIdSchema, CheckInSchema, RespondSchema } from "./schema";
import { createCheckIn, deleteCheckIn, respondToCheckIn, updateCheckIn } from "./service";

export const createCheckInAction = formAction(async function createCheckInAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const viewer = await requireOnboardedViewer();
  const state = await handleForm(CheckInSchema, formData, async (input) => {
    await createCheckIn(viewer, input);
  });
  if (state.status !== "success") return state;
  revalidatePath("/", "layout");
  redirect("/home?checkedIn=1");
});

export const updateCheckInAction = formAction(async function updateCheckInAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const viewer = await requireOnboardedViewer();
  const state = await handleForm(CheckInSchema.and(CheckInIdSchema), formData, async ({ checkInId, ...input }) => {
    await updateCheckIn(viewer, checkInId, input);
  });
  if (state.status !== "success") return state;
  revalidatePath("/", "layout");
  redirect("/checkin/history?updated=1");
});

export const deleteCheckInAction = formAction(async function deleteCheckInAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const viewer = await requireOnboardedViewer();
  const state = await handleForm(CheckInIdSchema, formData, ({ checkInId }) => deleteCheckIn(viewer, checkInId));
  if (state.status !== "success") return state;
  revalidatePath("/", "layout");
  redirect("/checkin/history?deleted=1");
});

export const respondAction = formAction(async function respondAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireOnboardedViewer();
  const state = await handleForm(RespondSchema, formData, async ({ checkInId, kind }) => {
    await respondToCheckIn(viewer, checkInId, kind);
  });
  revalidatePath("/home");
  return state;
});
