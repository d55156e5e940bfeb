"use server";

import { viewerAction } from "@/lib/forms/action";
import { ComposeNoteSchema, HeartSchema, NoteIdSchema, ReplySchema } from "./schema";
import { replyToNote, sendNote, setHeart, unsendNote } from "./service";

export const sendNoteAction = viewerAction(ComposeNoteSchema, (viewer, input) => sendNote(viewer, input).then(() => undefined), {
  revalidate: ["/notes"],
  redirect: "/notes?tab=sent&sent=1",
});

export const unsendNoteAction = viewerAction(NoteIdSchema, (viewer, { noteId }) => unsendNote(viewer, noteId), {
  revalidate: ["/notes"],
  message: "Unsent. It's gone for both of you.",
});

export const heartAction = viewerAction(HeartSchema, (viewer, { noteId, hearted }) => setHeart(viewer, noteId, hearted), {
  revalidate: [["/notes", "layout"]],
});

export const replyAction = viewerAction(ReplySchema, (viewer, { noteId, ...reply }) => replyToNote(viewer, noteId, reply), {
  revalidate: [["/notes", "layout"]],
  message: "Reply sent.",
});
