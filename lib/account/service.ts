import "server-only";
import { assertViewer, type Viewer } from "@/lib/auth/viewer";
import { checkInFields } from "@/lib/checkins/service";
import { endCouple } from "@/lib/couples/service";
import { deliverNow } from "@/lib/notifications/deliver";
import { db } from "@/lib/db";
import { canonicalEmail } from "@/lib/email/address";
import { AppError } from "@/lib/errors";
import { noteFields } from "@/lib/notes/service";
import { preferenceFields } from "@/lib/preferences/service";
import { phraseText } from "@/lib/repair/phrases";
import { questionById } from "@/lib/questions/bank";
import { forgetRateLimitsOf } from "@/lib/rate-limit/counter";

/** Everything Kindred holds about the viewer, as a JSON-ready object. */
export async function exportMyData(viewer: Viewer) {
  const me = assertViewer(viewer);
  const user = await db.user.findUniqueOrThrow({
    where: { id: me.id },
    select: {
      id: true,
      email: true,
      name: true,
      timeZone: true,
      createdAt: true,
      memberships: {
        orderBy: { joinedAt: "asc" },
        select: {
          joinedAt: true,
          leftAt: true,
          couple: {
            select: { id: true, memberships: { where: { userId: { not: me.id } }, select: { user: { select: { name: true } } } } },
          },
        },
      },
      invitesSent: {
        orderBy: { createdAt: "asc" },
        select: { email: true, createdAt: true, expiresAt: true, acceptedAt: true, revokedAt: true },
      },
      checkIns: {
        orderBy: { createdAt: "asc" },
        select: { ...checkInFields, authorId: false, updatedAt: true, responses: { select: { kind: true, createdAt: true } } },
      },
      checkInResponses: { orderBy: { createdAt: "asc" }, select: { checkInId: true, kind: true, createdAt: true } },
      notesWritten: {
        orderBy: { createdAt: "asc" },
        select: { ...noteFields, coupleId: true },
      },
      practicesTried: { orderBy: { createdAt: "asc" }, select: { week: true, slug: true, createdAt: true } },
      questionAnswers: {
        orderBy: { createdAt: "asc" },
        select: { body: true, createdAt: true, updatedAt: true, dailyQuestion: { select: { day: true, questionId: true } } },
      },
      talkTurns: {
        orderBy: { createdAt: "asc" },
        select: { kind: true, body: true, validation: true, createdAt: true, exchange: { select: { topic: true } } },
      },
      talkClosings: { orderBy: { createdAt: "asc" }, select: { appreciation: true, apology: true, createdAt: true } },
      agreements: { orderBy: { createdAt: "asc" }, select: { text: true, status: true, createdAt: true } },
      // Your own answers to "Did we keep it?" (your partner's are theirs).
      agreementChecks: { orderBy: { createdAt: "asc" }, select: { answer: true, createdAt: true, agreement: { select: { text: true } } } },
      bidsSent: { orderBy: { createdAt: "asc" }, select: { kind: true, createdAt: true, answeredAt: true } },
      bidsReceived: { orderBy: { createdAt: "asc" }, select: { kind: true, createdAt: true, answeredAt: true } },
      apologiesWritten: {
        orderBy: { createdAt: "asc" },
        select: { happened: true, effect: true, change: true, ask: true, createdAt: true, answer: true, answeredAt: true },
      },
      repairPicks: { orderBy: { createdAt: "asc" }, select: { phraseId: true, text: true, private: true, createdAt: true } },
      repairsSent: {
        orderBy: { createdAt: "asc" },
        select: { createdAt: true, pick: { select: { phraseId: true, text: true, private: true } } },
      },
      moodGuesses: {
        orderBy: { createdAt: "asc" },
        select: { checkInId: true, quadrant: true, feeling: true, correct: true, createdAt: true },
      },
      ...preferenceFields,
      notificationPrefs: { select: { kind: true, channels: true } },
      pushDevices: { select: { label: true, createdAt: true, lastSeenAt: true } },
      // The note key wrapped by the recovery phrase: with the phrase, it opens the sealed notes below.
      vault: { select: { phraseWrap: true, publicKey: true, privateWrap: true, createdAt: true } },
      coupleKeys: { orderBy: { createdAt: "asc" }, select: { coupleId: true, wrap: true, createdAt: true } },
      // What signing in keeps: never a session token or a key.
      passkeys: { orderBy: { createdAt: "asc" }, select: { name: true, createdAt: true, lastUsedAt: true } },
      sessions: { orderBy: { createdAt: "asc" }, select: { userAgent: true, createdAt: true, lastSeenAt: true, expires: true } },
    },
  });
  // Like notes, apologies received are the current couple's only.
  const apologiesReceived = me.couple
    ? await db.apology.findMany({
        where: { recipientId: me.id, coupleId: me.couple.id },
        orderBy: { createdAt: "asc" },
        select: { happened: true, effect: true, change: true, ask: true, createdAt: true, answer: true, answeredAt: true },
      })
    : [];
  // Notes received are shown (and exported) only while the couple they were written in lasts.
  const notesReceived = me.couple
    ? await db.note.findMany({
        where: { recipientId: me.id, coupleId: me.couple.id },
        orderBy: { createdAt: "asc" },
        select: { ...noteFields, coupleId: true },
      })
    : [];
  return {
    exportedAt: new Date().toISOString(),
    profile: { email: user.email, name: user.name, timeZone: user.timeZone, createdAt: user.createdAt },
    couples: user.memberships.map((m) => ({
      coupleId: m.couple.id,
      partnerName: m.couple.memberships[0]?.user.name ?? null,
      joinedAt: m.joinedAt,
      leftAt: m.leftAt,
    })),
    invitesSent: user.invitesSent,
    checkIns: user.checkIns.map(({ responses, ...checkIn }) => ({ ...checkIn, responsesFromPartner: responses })),
    encryption: user.vault
      ? {
          about:
            "Private notes in sealedNote, and notes and replies in sealedBody and sealedReply, were encrypted in a browser (AES-256-GCM); Kindred cannot read them. To read them, open Kindred on a device where your notes are unlocked: Settings → Encrypt my private notes → Read an export, and choose this file.",
          since: user.vault.createdAt,
          phraseWrap: user.vault.phraseWrap,
          publicKey: user.vault.publicKey,
          privateWrap: user.vault.privateWrap,
          coupleKeys: user.coupleKeys,
        }
      : null,
    responsesIGave: user.checkInResponses,
    notesWritten: user.notesWritten.map((note) =>
      note.coupleId && note.coupleId === me.couple?.id
        ? note
        : { ...note, heartedAt: null, reply: null, sealedReply: null, repliedAt: null },
    ),
    notesReceived,
    practicesTried: user.practicesTried,
    // Your own answers only: your partner's are theirs.
    questionAnswers: user.questionAnswers.map(({ dailyQuestion, ...answer }) => ({
      day: dailyQuestion.day,
      question: questionById(dailyQuestion.questionId)?.text ?? null,
      ...answer,
    })),
    moodGuesses: user.moodGuesses,
    // The one-tap reach-outs (their kind and when; answeredAt: when it was answered).
    bidsSent: user.bidsSent,
    bidsReceived: user.bidsReceived,
    apologiesWritten: user.apologiesWritten,
    apologiesReceived,
    // Your repair list, and the phrases of your partner's you sent (the words only while they still share them).
    repairList: user.repairPicks.map(({ phraseId, text, ...pick }) => ({
      ...pick,
      words: phraseId ? (phraseText(phraseId) ?? null) : text,
    })),
    repairsSent: user.repairsSent.map(({ createdAt, pick }) => ({
      createdAt,
      words: pick.private ? null : pick.phraseId ? (phraseText(pick.phraseId) ?? null) : pick.text,
    })),
    // Your own turns in talks, your closing notes and the agreements you wrote.
    talkTurns: user.talkTurns.map(({ exchange, ...turn }) => ({ topic: exchange.topic, ...turn })),
    talkClosings: user.talkClosings,
    agreementsWritten: user.agreements,
    agreementFollowUps: user.agreementChecks.map(({ agreement, ...check }) => ({ agreement: agreement.text, ...check })),
    emailPreferences: {
      checkInReminder: { enabled: user.reminderEnabled, localHour: user.reminderHour },
      weeklyDigest: { enabled: user.digestEnabled, weekday: user.digestWeekday, localHour: user.digestHour },
    },
    notifications: {
      choices: user.notificationPrefs,
      quietHours: user.quietStart === null ? null : { fromLocalHour: user.quietStart, untilLocalHour: user.quietEnd },
      pushDevices: user.pushDevices,
    },
    signIn: { passkeys: user.passkeys, signedInDevices: user.sessions },
  };
}

/**
 * Deletes the viewer's account and everything they wrote, after they typed
 * their email to confirm. A partner is unlinked first and told by email.
 */
export async function deleteAccount(viewer: Viewer, confirmEmail: string, { now = new Date() }: { now?: Date } = {}): Promise<void> {
  const me = assertViewer(viewer);
  if (canonicalEmail(confirmEmail) !== canonicalEmail(me.email)) {
    throw new AppError("That doesn't match your email address.", "invalid", "confirmEmail");
  }
  const told = await endCouple(me.id, now, { partnerName: me.name ?? "Your partner", reason: "deleted" });
  const email = canonicalEmail(me.email);
  // Rows that cascade with the person go with the user row; these hold their words or address elsewhere.
  await db.$transaction([
    // Their reply and heart on notes the partner wrote them (the notes themselves are the writer's).
    db.note.updateMany({ where: { recipientId: me.id }, data: { reply: null, repliedAt: null, heartedAt: null } }),
    // Invitations others sent to their address.
    db.invite.updateMany({ where: { email }, data: { email: null } }),
    db.verificationToken.deleteMany({ where: { identifier: email } }),
    db.signInCode.deleteMany({ where: { email } }),
    db.outboxEmail.deleteMany({ where: { to: email } }),
    // Their own calendar while not linked (their journal's questions, their practice swaps) is named after them.
    db.dailyQuestion.deleteMany({ where: { scopeKey: `user:${me.id}` } }),
    db.practiceWeek.deleteMany({ where: { scopeKey: `user:${me.id}` } }),
    // Talks they took part in (their turns go with them; the exchange names both; nobody can open it after the unlink).
    db.talkExchange.deleteMany({ where: { OR: [{ speakerId: me.id }, { listenerId: me.id }] } }),
    db.user.delete({ where: { id: me.id } }),
  ]);
  await forgetRateLimitsOf(me.id, email);
  if (told) await deliverNow(told, now);
}
