"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import type { FormState } from "@/lib/forms/form-state";
import { formAction, handleForm } from "@/lib/forms/handle-form";
import { SwapPracticeSchema } from "./schema";
import { setTried, swapPractice } from "./service";

export const swapPracticeAction = formAction(async function swapPracticeAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const viewer = await requireOnboardedViewer();
  const state = await handleForm(SwapPracticeSchema, formData, async ({ slug }) => {
    await swapPractice(viewer, slug);
    return { status: "success", message: "This is now your practice of the week." };
  });
  revalidatePath("/", "layout");
  return state;
});

const TriedSchema = z.object({ tried: z.enum(["true", "false"]).transform((v) => v === "true") });

export const setTriedAction = formAction(async function setTriedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireOnboardedViewer();
  const state = await handleForm(TriedSchema, formData, ({ tried }) => setTried(viewer, tried));
  revalidatePath("/", "layout");
  return state;
});
