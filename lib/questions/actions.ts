"use server";

import { z } from "zod";
import { viewerAction } from "@/lib/forms/action";
import { AnswerSchema, HeartAnswerSchema } from "./schema";
import { answerQuestion, heartAnswer, swapQuestion } from "./service";

export const answerQuestionAction = viewerAction(AnswerSchema, (viewer, input) => answerQuestion(viewer, input), {
  revalidate: [["/", "layout"]],
  message: "Saved.",
});

export const swapQuestionAction = viewerAction(
  z.object({ dailyQuestionId: z.string().trim().min(1).max(40) }),
  (viewer, { dailyQuestionId }) => swapQuestion(viewer, dailyQuestionId),
  { revalidate: ["/home"], message: "Here's another question for today." },
);

export const heartAnswerAction = viewerAction(
  HeartAnswerSchema,
  (viewer, { answerId, hearted }) => heartAnswer(viewer, answerId, hearted),
  {
    revalidate: ["/home", "/questions"],
  },
);
