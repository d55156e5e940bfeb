"use server";

import { viewerAction } from "@/lib/forms/action";
import { ComposeNoteSchema, HeartSchema, NoteIdSchema, ReplySchema } from "./schema";
import { replyToNote, sendNote, setHeart, unsendNote } from "./service";

export const sendNoteAction = viewerAction(ComposeNoteSchema, (viewer, input) => sendNote(viewer, input).then(() => undefined), {
  revalidate: ["/notes"],
  redirect: "/notes?tab=sent&sent=1",
});

export const unsendNoteAction = viewerAction(
  NoteIdSchema,
  async (viewer, { noteId }) => {
    await unsendNote(viewer, noteId);
    return { status: "success", message: "Unsent. It's gone for both of you." };
  },
  { revalidate: ["/notes"] },
);

export const heartAction = viewerAction(HeartSchema, (viewer, { noteId, hearted }) => setHeart(viewer, noteId, hearted), {
  revalidate: [["/notes", "layout"]],
});

export const replyAction = viewerAction(
  ReplySchema,
  async (viewer, { noteId, reply }) => {
    await replyToNote(viewer, noteId, reply);
    return { status: "success", message: "Reply sent." };
  },
  { revalidate: [["/notes", "layout"]] },
);
