"use server";

import { viewerAction } from "@/lib/forms/action";
import { SwapPracticeSchema, TriedSchema } from "./schema";
import { setTried, swapPractice } from "./service";

export const swapPracticeAction = viewerAction(
  SwapPracticeSchema,
  async (viewer, { slug }) => {
    await swapPractice(viewer, slug);
    return { status: "success", message: "This is now your practice of the week." };
  },
  { revalidate: [["/", "layout"]] },
);

export const setTriedAction = viewerAction(TriedSchema, (viewer, { tried }) => setTried(viewer, tried), { revalidate: [["/", "layout"]] });
