"use server";

import { viewerAction } from "@/lib/forms/action";
import { SwapPracticeSchema, TriedSchema } from "./schema";
import { setTried, swapPractice } from "./service";

export const swapPracticeAction = viewerAction(SwapPracticeSchema, (viewer, { slug }) => swapPractice(viewer, slug), {
  revalidate: [["/", "layout"]],
  message: "This is now your practice of the week.",
});

export const setTriedAction = viewerAction(TriedSchema, (viewer, { tried }) => setTried(viewer, tried), { revalidate: [["/", "layout"]] });
