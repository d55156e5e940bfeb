"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import type { FormState } from "@/lib/forms/form-state";
import { formAction, handleForm } from "@/lib/forms/handle-form";
import { ComposeNoteSchema, NoteIdSchema, ReplySchema } from "./schema";
import { replyToNote, sendNote, setHeart, unsendNote } from "./service";

export const sendNoteAction = formAction(async function sendNoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireOnboardedViewer();
  const state = await handleForm(ComposeNoteSchema, formData, async (input) => {
    await sendNote(viewer, input);
  });
  if (state.status !== "success") return state;
  revalidatePath("/notes");
  redirect("/notes?tab=sent&sent=1");
});

export const unsendNoteAction = formAction(async function unsendNoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireOnboardedViewer();
  const state = await handleForm(NoteIdSchema, formData, async ({ noteId }) => {
    await unsendNote(viewer, noteId);
    return { status: "success", message: "Unsent. It's gone for both of you." };
  });
  revalidatePath("/notes");
  return state;
});

const HeartSchema = NoteIdSchema.extend({ hearted: z.enum(["true", "false"]).transform((v) => v === "true") });

export const heartAction = formAction(async function heartAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireOnboardedViewer();
  const state = await handleForm(HeartSchema, formData, ({ noteId, hearted }) => setHeart(viewer, noteId, hearted));
  revalidatePath("/notes", "layout");
  return state;
});

export const replyAction = formAction(async function replyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireOnboardedViewer();
  const state = await handleForm(ReplySchema, formData, async ({ noteId, reply }) => {
    await replyToNote(viewer, noteId, reply);
    return { status: "success", message: "Reply sent." };
  });
  revalidatePath("/notes", "layout");
  return state;
});
