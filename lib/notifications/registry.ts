import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { agreementCheck } from "./kinds/agreement-check";
import { apologyMessage } from "./kinds/apology";
import { bidMessage } from "./kinds/bid";
import { checkInReminder } from "./kinds/checkin-reminder";
import { checkInResponse } from "./kinds/checkin-response";
import { inviteAccepted } from "./kinds/invite-accepted";
import { invitation } from "./kinds/invitation";
import { noteReceived } from "./kinds/note-received";
import { partnerLeft } from "./kinds/partner-left";
import { repairMessage } from "./kinds/repair";
import { pushTest } from "./kinds/push-test";
import { questionAnswered } from "./kinds/question-answered";
import { talkResume } from "./kinds/talk-resume";
import { talkStarted } from "./kinds/talk-started";
import { talkTurn } from "./kinds/talk-turn";
import { weeklyDigest } from "./kinds/weekly-digest";
import type { NotificationKindModule } from "./types";

/** Every kind of outgoing message. A new kind: one module in kinds/, one line here (and its value in the NotificationKind enum). */
export const NOTIFICATION_KINDS: Record<NotificationKind, NotificationKindModule> = {
  CHECKIN_REMINDER: checkInReminder,
  WEEKLY_DIGEST: weeklyDigest,
  NOTE_RECEIVED: noteReceived,
  CHECKIN_RESPONSE: checkInResponse,
  INVITE_ACCEPTED: inviteAccepted,
  PARTNER_LEFT: partnerLeft,
  INVITATION: invitation,
  PUSH_TEST: pushTest,
  QUESTION_ANSWERED: questionAnswered,
  TALK_STARTED: talkStarted,
  TALK_TURN: talkTurn,
  TALK_RESUME: talkResume,
  BID: bidMessage,
  REPAIR: repairMessage,
  APOLOGY: apologyMessage,
  AGREEMENT_CHECK: agreementCheck,
};
