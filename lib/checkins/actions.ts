"use server";

import { viewerAction } from "@/lib/forms/action";
import { GuessSchema } from "./guess-schema";
import { guessMood } from "./guesses";
import { CheckInIdSchema, CheckInSchema, CheckInUpdateSchema, RespondSchema } from "./schema";
import { createCheckIn, deleteCheckIn, respondToCheckIn, updateCheckIn } from "./service";

export const createCheckInAction = viewerAction(CheckInSchema, (viewer, input) => createCheckIn(viewer, input).then(() => undefined), {
  revalidate: [["/", "layout"]],
  redirect: "/home?checkedIn=1",
});

export const updateCheckInAction = viewerAction(
  CheckInUpdateSchema,
  (viewer, { checkInId, ...input }) => updateCheckIn(viewer, checkInId, input),
  {
    revalidate: [["/", "layout"]],
    redirect: "/checkin/history?updated=1",
  },
);

export const deleteCheckInAction = viewerAction(CheckInIdSchema, (viewer, { checkInId }) => deleteCheckIn(viewer, checkInId), {
  revalidate: [["/", "layout"]],
  redirect: "/checkin/history?deleted=1",
});

export const respondAction = viewerAction(
  RespondSchema,
  (viewer, { checkInId, kind }) => respondToCheckIn(viewer, checkInId, kind).then(() => undefined),
  {
    revalidate: ["/home"],
  },
);

export const guessMoodAction = viewerAction(
  GuessSchema,
  (viewer, { checkInId, quadrant, feeling }) => guessMood(viewer, checkInId, { quadrant, feeling: feeling ?? null }),
  { revalidate: ["/home", "/checkin/trends"] },
);
