/**
 * Every service that reads or writes couple data, called by someone signed
 * out (refused) and by a member of another couple (not found, never 403).
 * A new service joins by adding one line to SERVICES.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deleteAccount, exportMyData } from "@/lib/account/service";
import type { Viewer } from "@/lib/auth/viewer";
import { CheckInSchema } from "@/lib/checkins/schema";
import * as bids from "@/lib/bids/service";
import * as checkIns from "@/lib/checkins/service";
import * as repair from "@/lib/repair/service";
import * as apologies from "@/lib/repair/apologies";
import { listInbox, listSent, openNote, replyToNote, sendNote, setHeart, unreadNoteCount, unsendNote } from "@/lib/notes/service";
import { getEmailPreferences, saveEmailPreferences } from "@/lib/preferences/service";
import { updateProfile } from "@/lib/profile/service";
import { getPracticeOfTheWeek, setTried, swapPractice } from "@/lib/practices/service";
import { acceptInvite, createInvite, getPendingInvite, revokeInvite, unlinkPartner } from "@/lib/couples/service";
import { db } from "@/lib/db";
import { listDevices, removeDevice, saveDevice, sendTestPush } from "@/lib/notifications/devices";
import { guessMood, getGuessCard, readingEachOther } from "@/lib/checkins/guesses";
import * as questions from "@/lib/questions/service";
import * as talks from "@/lib/talk/service";
import * as followUps from "@/lib/talk/follow-up";
import * as vault from "@/lib/vault/service";
import * as coupleVault from "@/lib/vault/couple";
import { listPasskeys, offerPasskey, passkeyRegistrationOptions, registerPasskey, removePasskey, renamePasskey } from "@/lib/auth/passkeys";
import { listSignedInDevices, signOutDevice, signOutOtherDevices } from "@/lib/auth/signed-in-devices";
import { factories } from "../support/factories";
import { createCouple } from "../support/integration";

/** Ids that belong to couple A, which an outsider will try to reach. */
type Targets = {
  inviteId: string;
  inviteSecret: string;
  sharedCheckInId: string;
  privateCheckInId: string;
  noteId: string;
  deviceId: string;
  dailyQuestionId: string;
  answerId: string;
  talkId: string;
  agreementId: string;
  bidId: string;
  pickId: string;
  apologyId: string;
  passkeyId: string;
  sessionId: string;
  sessionToken: string;
};

/** A push subscription's public keys (65 and 16 bytes), as a browser sends them. */
const DEVICE_KEYS = { p256dh: Buffer.alloc(65, 4).toString("base64url"), auth: Buffer.alloc(16, 7).toString("base64url") };

/** Any sealed value: the server cannot tell one from another. */
const SEALED = `k1.${"A".repeat(60)}`;
/** A key pair as the browser sends it, and a couple key wrapped to a public key. */
const KEY_PAIR = { publicKey: "P".repeat(87), privateWrap: SEALED };
const WRAPPED = `e1.${"E".repeat(87)}.${SEALED}`;

const checkIn = CheckInSchema.parse({ pleasantness: 4, energy: 4, feeling: "hopeful", visibility: "SHARED" });

type Case = {
  name: string;
  call: (viewer: Viewer, targets: Targets) => Promise<unknown>;
  /** Whether the call takes an id that could belong to another couple. */
  reachesOthers: boolean;
};

const SERVICES: Case[] = [
  { name: "getPendingInvite", call: (v) => getPendingInvite(v), reachesOthers: false },
  { name: "createInvite", call: (v) => createInvite(v, {}), reachesOthers: false },
  { name: "revokeInvite", call: (v, t) => revokeInvite(v, t.inviteId), reachesOthers: true },
  { name: "acceptInvite", call: (v, t) => acceptInvite(v, t.inviteSecret), reachesOthers: false },
  { name: "unlinkPartner", call: (v) => unlinkPartner(v), reachesOthers: false },
  { name: "exportMyData", call: (v) => exportMyData(v), reachesOthers: false },
  { name: "deleteAccount", call: (v) => deleteAccount(v, "nobody@example.com"), reachesOthers: false },
  { name: "createCheckIn", call: (v) => checkIns.createCheckIn(v, checkIn), reachesOthers: false },
  { name: "getOwnCheckIn", call: (v, t) => checkIns.getOwnCheckIn(v, t.sharedCheckInId), reachesOthers: true },
  { name: "updateCheckIn", call: (v, t) => checkIns.updateCheckIn(v, t.sharedCheckInId, checkIn), reachesOthers: true },
  { name: "deleteCheckIn", call: (v, t) => checkIns.deleteCheckIn(v, t.sharedCheckInId), reachesOthers: true },
  {
    name: "respondToCheckIn (shared)",
    call: (v, t) => checkIns.respondToCheckIn(v, t.sharedCheckInId, "SENDING_A_HUG"),
    reachesOthers: true,
  },
  {
    name: "respondToCheckIn (private)",
    call: (v, t) => checkIns.respondToCheckIn(v, t.privateCheckInId, "SENDING_A_HUG"),
    reachesOthers: true,
  },
  { name: "getHomeCheckIns", call: (v) => checkIns.getHomeCheckIns(v), reachesOthers: false },
  { name: "listCheckIns", call: (v) => checkIns.listCheckIns(v, "partner"), reachesOthers: false },
  { name: "getTrends", call: (v) => checkIns.getTrends(v), reachesOthers: false },
  { name: "lastVisibility", call: (v) => checkIns.lastVisibility(v), reachesOthers: false },
  { name: "getPracticeOfTheWeek", call: (v) => getPracticeOfTheWeek(v), reachesOthers: false },
  { name: "swapPractice", call: (v) => swapPractice(v, "forgiveness"), reachesOthers: false },
  { name: "setTried", call: (v) => setTried(v, true), reachesOthers: false },
  { name: "sendNote", call: (v) => sendNote(v, { body: "hello" }), reachesOthers: false },
  { name: "listInbox", call: (v) => listInbox(v), reachesOthers: false },
  { name: "listSent", call: (v) => listSent(v), reachesOthers: false },
  { name: "unreadNoteCount", call: (v) => unreadNoteCount(v), reachesOthers: false },
  { name: "openNote", call: (v, t) => openNote(v, t.noteId), reachesOthers: true },
  { name: "unsendNote", call: (v, t) => unsendNote(v, t.noteId), reachesOthers: true },
  { name: "setHeart", call: (v, t) => setHeart(v, t.noteId, true), reachesOthers: true },
  { name: "replyToNote", call: (v, t) => replyToNote(v, t.noteId, "thanks"), reachesOthers: true },
  { name: "getEmailPreferences", call: (v) => getEmailPreferences(v), reachesOthers: false },
  { name: "listDevices", call: (v) => listDevices(v), reachesOthers: false },
  { name: "getTodaysQuestion", call: (v) => questions.getTodaysQuestion(v), reachesOthers: false },
  {
    name: "answerQuestion",
    call: (v, t) => questions.answerQuestion(v, { dailyQuestionId: t.dailyQuestionId, body: "mine" }),
    reachesOthers: true,
  },
  { name: "swapQuestion", call: (v, t) => questions.swapQuestion(v, t.dailyQuestionId), reachesOthers: true },
  { name: "heartAnswer", call: (v, t) => questions.heartAnswer(v, t.answerId, true), reachesOthers: true },
  { name: "questionOfAnswer", call: (v, t) => questions.questionOfAnswer(v, t.answerId), reachesOthers: true },
  { name: "listAnswers", call: (v) => questions.listAnswers(v, { q: "inside couple A" }), reachesOthers: false },
  { name: "partnerWaitingOnQuestion", call: (v) => questions.partnerWaitingOnQuestion(v), reachesOthers: false },
  { name: "getGuessCard", call: (v) => getGuessCard(v), reachesOthers: false },
  { name: "guessMood", call: (v, t) => guessMood(v, t.sharedCheckInId, { quadrant: "calm", feeling: null }), reachesOthers: true },
  { name: "readingEachOther", call: (v) => readingEachOther(v), reachesOthers: false },
  { name: "startTalk", call: (v) => talks.startTalk(v, { topic: "hello", first: "me" }), reachesOthers: false },
  { name: "listTalks", call: (v) => talks.listTalks(v), reachesOthers: false },
  { name: "getTalk", call: (v, t) => talks.getTalk(v, t.talkId), reachesOthers: true },
  { name: "takeTurn", call: (v, t) => talks.takeTurn(v, t.talkId, { kind: "reflect", version: 1, body: "heard" }), reachesOthers: true },
  { name: "closeTalk", call: (v, t) => talks.closeTalk(v, t.talkId, { version: 1, appreciation: "thanks" }), reachesOthers: true },
  { name: "talkPulse", call: (v, t) => talks.talkPulse(v, t.talkId), reachesOthers: true },
  { name: "markWriting", call: (v, t) => talks.markWriting(v, t.talkId), reachesOthers: true },
  { name: "deleteTalk", call: (v, t) => talks.deleteTalk(v, t.talkId), reachesOthers: true },
  { name: "listAgreements", call: (v) => talks.listAgreements(v), reachesOthers: false },
  { name: "setAgreementStatus", call: (v, t) => talks.setAgreementStatus(v, t.agreementId, "RETIRED"), reachesOthers: true },
  { name: "talksWaitingOnMe", call: (v) => talks.talksWaitingOnMe(v), reachesOthers: false },
  { name: "dueFollowUps", call: (v) => followUps.dueFollowUps(v, { now: new Date(Date.now() + 8 * 86_400_000) }), reachesOthers: false },
  {
    name: "answerFollowUp",
    call: (v, t) => followUps.answerFollowUp(v, t.agreementId, "YES", { now: new Date(Date.now() + 8 * 86_400_000) }),
    reachesOthers: true,
  },
  {
    name: "settleFollowUp",
    call: (v, t) => followUps.settleFollowUp(v, t.agreementId, { kind: "retire" }, { now: new Date(Date.now() + 8 * 86_400_000) }),
    reachesOthers: true,
  },
  { name: "sendBid", call: (v) => bids.sendBid(v, "hug"), reachesOthers: false },
  { name: "answerBid", call: (v, t) => bids.answerBid(v, t.bidId), reachesOthers: true },
  { name: "getBids", call: (v) => bids.getBids(v), reachesOthers: false },
  {
    name: "markBidsSeen",
    call: (v, t) =>
      bids.markBidsSeen(v, {
        received: [{ id: t.bidId, kind: "hug", at: new Date(), answered: false, isNew: true }],
        answers: [],
        waiting: [],
      }),
    reachesOthers: false,
  },
  { name: "turningToward", call: (v) => bids.turningToward(v), reachesOthers: false },
  {
    name: "sendApology",
    call: (v) => apologies.sendApology(v, { happened: "late", effect: "waited", change: "text ahead", ask: "What would help?" }),
    reachesOthers: false,
  },
  { name: "listApologies", call: (v) => apologies.listApologies(v), reachesOthers: false },
  { name: "answerApology", call: (v, t) => apologies.answerApology(v, t.apologyId, "TALK"), reachesOthers: true },
  { name: "deleteApology", call: (v, t) => apologies.deleteApology(v, t.apologyId), reachesOthers: true },
  {
    name: "markApologiesSeen",
    // A made-up view holding couple A's apology, as received and as written: neither may be marked.
    call: (v, t) =>
      apologies.markApologiesSeen(
        v,
        [false, true].map((mine) => ({
          id: t.apologyId,
          mine,
          happened: "",
          effect: "",
          change: "",
          ask: "",
          at: new Date(),
          answer: null,
          answeredAt: null,
          talkId: null,
          waitingForMe: !mine,
          isNew: true,
        })),
      ),
    reachesOthers: false,
  },
  { name: "getRepairList", call: (v) => repair.getRepairList(v), reachesOthers: false },
  { name: "partnersPicks", call: (v) => repair.partnersPicks(v), reachesOthers: false },
  { name: "getVaultState", call: (v) => vault.getVaultState(v), reachesOthers: false },
  { name: "turnOnVault", call: (v) => vault.turnOnVault(v, { phraseWrap: SEALED, keyPair: KEY_PAIR }), reachesOthers: false },
  { name: "addKeyPair", call: (v) => vault.addKeyPair(v, KEY_PAIR), reachesOthers: false },
  { name: "getCoupleKeys", call: (v) => coupleVault.getCoupleKeys(v), reachesOthers: false },
  { name: "getCoupleVaultState", call: (v) => coupleVault.getCoupleVaultState(v), reachesOthers: false },
  {
    // Couple A's members named as the ones the key is wrapped to.
    name: "turnOnCoupleVault",
    call: (v) =>
      coupleVault.turnOnCoupleVault(v, {
        wraps: [
          { userId: owner.a.id, wrap: WRAPPED },
          { userId: owner.b.id, wrap: WRAPPED },
        ],
      }),
    reachesOthers: false,
  },
  { name: "plainCoupleNotes", call: (v) => coupleVault.plainCoupleNotes(v), reachesOthers: false },
  {
    // With their own couple's words encrypted, so that only the note's couple stands in the way.
    name: "sealCoupleNotes",
    call: async (v, t) => {
      if (v?.couple) await db.coupleVault.createMany({ data: [{ coupleId: v.couple.id }], skipDuplicates: true });
      return coupleVault.sealCoupleNotes(v, { notes: [{ id: t.noteId, sealedBody: SEALED, sealedReply: SEALED }] });
    },
    reachesOthers: false,
  },
  {
    name: "addPasskeyKey",
    call: (v) => vault.addPasskeyKey(v, { credentialId: "owner-credential", salt: "S".repeat(43), wrap: SEALED }),
    reachesOthers: true,
  },
  { name: "plainPrivateNotes", call: (v) => vault.plainPrivateNotes(v), reachesOthers: false },
  {
    // With a vault of their own, so that only the check-in's owner stands in the way.
    name: "sealPlainNotes",
    call: async (v, t) => {
      await vault.turnOnVault(v, { phraseWrap: SEALED, keyPair: KEY_PAIR }).catch(() => undefined);
      return vault.sealPlainNotes(v, { notes: [{ id: t.privateCheckInId, sealedNote: SEALED }] });
    },
    reachesOthers: false,
  },
  { name: "togglePhrase", call: (v) => repair.togglePhrase(v, "sorry-1"), reachesOthers: false },
  { name: "addOwnPhrase", call: (v) => repair.addOwnPhrase(v, { text: "Hold me", private: false }), reachesOthers: false },
  { name: "setPickPrivacy", call: (v, t) => repair.setPickPrivacy(v, t.pickId, true), reachesOthers: true },
  { name: "removePick", call: (v, t) => repair.removePick(v, t.pickId), reachesOthers: true },
  { name: "sendRepair", call: (v, t) => repair.sendRepair(v, t.pickId), reachesOthers: true },
  {
    name: "markRepairsSeen",
    call: (v, t) =>
      repair.markRepairsSeen(v, {
        mine: [],
        partners: [],
        received: [{ id: t.pickId, words: "x", at: new Date(), isNew: true }],
        sent: [],
      }),
    reachesOthers: false,
  },
  {
    name: "saveDevice",
    call: (v) => saveDevice(v, { endpoint: "https://fcm.googleapis.com/fcm/send/outsider", keys: DEVICE_KEYS }, null),
    reachesOthers: false,
  },
  { name: "removeDevice", call: (v, t) => removeDevice(v, t.deviceId), reachesOthers: true },
  { name: "sendTestPush", call: (v, t) => sendTestPush(v, t.deviceId), reachesOthers: true },
  { name: "listPasskeys", call: (v) => listPasskeys(v), reachesOthers: false },
  { name: "passkeyRegistrationOptions", call: (v) => passkeyRegistrationOptions(v), reachesOthers: false },
  {
    name: "registerPasskey",
    call: (v) =>
      registerPasskey(
        v,
        {
          id: "AAAA",
          rawId: "AAAA",
          type: "public-key",
          clientExtensionResults: {},
          response: { clientDataJSON: Buffer.from('{"challenge":"none"}').toString("base64url"), attestationObject: "AAAA" },
        },
        null,
      ),
    reachesOthers: false,
  },
  { name: "renamePasskey", call: (v, t) => renamePasskey(v, t.passkeyId, "Taken over"), reachesOthers: true },
  { name: "removePasskey", call: (v, t) => removePasskey(v, t.passkeyId), reachesOthers: true },
  { name: "offerPasskey", call: (v, t) => offerPasskey(v, t.sessionToken), reachesOthers: false },
  { name: "listSignedInDevices", call: (v, t) => listSignedInDevices(v, t.sessionToken), reachesOthers: false },
  { name: "signOutDevice", call: (v, t) => signOutDevice(v, t.sessionId, undefined), reachesOthers: true },
  { name: "signOutOtherDevices", call: (v, t) => signOutOtherDevices(v, t.sessionToken), reachesOthers: false },
  { name: "updateProfile", call: (v) => updateProfile(v, { name: "Renamed", timeZone: "UTC" }), reachesOthers: false },
  {
    name: "saveEmailPreferences",
    call: (v) =>
      saveEmailPreferences(v, {
        reminderEnabled: true,
        reminderHour: 8,
        digestEnabled: true,
        digestWeekday: 0,
        digestHour: 18,
        quietStart: 22,
        quietEnd: 7,
        channel_NOTE_RECEIVED: "BOTH",
        channel_CHECKIN_RESPONSE: "EMAIL",
        channel_INVITE_ACCEPTED: "PUSH",
        channel_PARTNER_LEFT: "OFF",
        channel_CHECKIN_REMINDER: "EMAIL",
        channel_QUESTION_ANSWERED: "BOTH",
        channel_TALK_STARTED: "PUSH",
        channel_TALK_TURN: "BOTH",
        channel_TALK_RESUME: "EMAIL",
        channel_BID: "PUSH",
        channel_REPAIR: "BOTH",
        channel_APOLOGY: "EMAIL",
        channel_AGREEMENT_CHECK: "PUSH",
      }),
    reachesOthers: false,
  },
];

let targets: Targets;
let owner: Awaited<ReturnType<typeof createCouple>>;

beforeAll(async () => {
  // Couple A's member holds a pending invite (created before linking, as the data allows).
  owner = await createCouple("Owner", "Partner");
  const invite = await db.invite.create({
    data: { inviterId: owner.a.id, tokenHash: "hash-token", codeHash: "hash-code", expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const shared = await checkIns.createCheckIn(owner.viewerA, checkIn);
  const hidden = await checkIns.createCheckIn(owner.viewerA, { ...checkIn, visibility: "PRIVATE", note: "A private note inside couple A" });
  const note = await sendNote(owner.viewerA, { body: "A note inside couple A" });
  const device = await saveDevice(owner.viewerB, { endpoint: "https://fcm.googleapis.com/fcm/send/couple-a", keys: DEVICE_KEYS }, null);
  const today = await questions.getTodaysQuestion(owner.viewerA);
  await questions.answerQuestion(owner.viewerA, { dailyQuestionId: today.id, body: "An answer inside couple A" });
  const answer = await db.questionAnswer.findFirstOrThrow({ where: { dailyQuestionId: today.id } });
  const talk = await talks.startTalk(owner.viewerA, { topic: "A talk inside couple A", first: "me" });
  await talks.takeTurn(owner.viewerA, talk.id, { kind: "share", version: 0, body: "A turn inside couple A" });
  const agreement = await db.agreement.create({
    data: { coupleId: owner.couple.id, text: "An agreement inside couple A", followUpAt: new Date() },
  });
  await db.agreementCheck.create({ data: { agreementId: agreement.id, userId: owner.a.id, answer: "PARTLY" } });
  const bid = await bids.sendBid(owner.viewerA, "thinking-of-you");
  await repair.addOwnPhrase(owner.viewerB, { text: "A phrase inside couple A", private: false });
  const pick = await db.repairPick.findFirstOrThrow({ where: { userId: owner.b.id } });
  await repair.sendRepair(owner.viewerA, pick.id);
  const apology = await apologies.sendApology(owner.viewerA, {
    happened: "An apology inside couple A",
    effect: "An apology inside couple A",
    change: "An apology inside couple A",
    ask: "What would help?",
  });
  const passkey = await db.passkey.create({
    data: {
      userId: owner.a.id,
      credentialId: "owner-credential",
      publicKey: Buffer.alloc(77, 1),
      deviceType: "singleDevice",
      backedUp: false,
      name: "Owner's phone",
    },
  });
  await db.vault.create({
    data: {
      userId: owner.a.id,
      phraseWrap: SEALED,
      ...KEY_PAIR,
      keys: { create: { credentialId: "owner-credential", salt: "O".repeat(43), wrap: SEALED } },
    },
  });
  // Couple A encrypts its words (after its plain note above): a couple key wrapped to each.
  await db.coupleVault.create({
    data: { coupleId: owner.couple.id, keys: { create: [owner.a.id, owner.b.id].map((userId) => ({ userId, wrap: WRAPPED })) } },
  });
  const sessionToken = await factories(db).session(owner.b.id, { hours: 24 * 90 });
  const session = await db.session.findUniqueOrThrow({ where: { sessionToken } });
  await passkeyRegistrationOptions(owner.viewerA);
  targets = {
    passkeyId: passkey.id,
    sessionId: session.id,
    sessionToken,
    talkId: talk.id,
    agreementId: agreement.id,
    bidId: bid.id,
    pickId: pick.id,
    apologyId: apology.id,
    dailyQuestionId: today.id,
    answerId: answer.id,
    deviceId: device.id,
    inviteId: invite.id,
    inviteSecret: "not-the-secret",
    sharedCheckInId: shared.id,
    privateCheckInId: hidden.id,
    noteId: note.id,
  };
});

/** Every row of couple A's two people and their couple, to prove a call from outside changed none of it. */
async function coupleASnapshot() {
  const people = [owner.a.id, owner.b.id];
  const scopeKey = `couple:${owner.couple.id}`;
  const rows = await Promise.all([
    db.user.findMany({ where: { id: { in: people } }, orderBy: { id: "asc" } }),
    db.session.findMany({ where: { userId: { in: people } }, orderBy: { id: "asc" } }),
    db.couple.findMany({ where: { id: owner.couple.id }, include: { memberships: { orderBy: { id: "asc" } } } }),
    db.invite.findMany({ where: { inviterId: { in: people } }, orderBy: { id: "asc" } }),
    db.checkIn.findMany({
      where: { authorId: { in: people } },
      orderBy: { id: "asc" },
      include: { responses: { orderBy: { id: "asc" } } },
    }),
    db.note.findMany({ where: { OR: [{ authorId: { in: people } }, { recipientId: { in: people } }] }, orderBy: { id: "asc" } }),
    db.practiceWeek.findMany({ where: { scopeKey }, orderBy: { id: "asc" } }),
    db.practiceTried.findMany({ where: { userId: { in: people } }, orderBy: { id: "asc" } }),
    db.delivery.findMany({ where: { userId: { in: people } }, orderBy: { id: "asc" } }),
    db.pushDevice.findMany({ where: { userId: { in: people } }, orderBy: { id: "asc" } }),
    db.dailyQuestion.findMany({ where: { scopeKey }, orderBy: { id: "asc" }, include: { answers: { orderBy: { id: "asc" } } } }),
    db.talkExchange.findMany({
      where: { coupleId: owner.couple.id },
      orderBy: { id: "asc" },
      include: { turns: { orderBy: { id: "asc" } }, closings: { orderBy: { id: "asc" } } },
    }),
    db.agreement.findMany({
      where: { coupleId: owner.couple.id },
      orderBy: { id: "asc" },
      include: { checks: { orderBy: { id: "asc" } } },
    }),
    db.bid.findMany({ where: { coupleId: owner.couple.id }, orderBy: { id: "asc" } }),
    db.repairPick.findMany({ where: { userId: { in: people } }, orderBy: { id: "asc" } }),
    db.repairSent.findMany({ where: { coupleId: owner.couple.id }, orderBy: { id: "asc" } }),
    db.apology.findMany({ where: { coupleId: owner.couple.id }, orderBy: { id: "asc" } }),
    db.moodGuess.findMany({ where: { guesserId: { in: people } }, orderBy: { id: "asc" } }),
    db.notificationPreference.findMany({ where: { userId: { in: people } }, orderBy: [{ userId: "asc" }, { kind: "asc" }] }),
    db.passkey.findMany({ where: { userId: { in: people } }, orderBy: { id: "asc" } }),
    db.vault.findMany({ where: { userId: { in: people } }, include: { keys: true } }),
    db.coupleVault.findMany({ where: { coupleId: owner.couple.id }, include: { keys: { orderBy: { userId: "asc" } } } }),
    db.webAuthnChallenge.findMany({ where: { userId: { in: people } }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
}

describe.each(SERVICES)("$name", ({ call, reachesOthers }) => {
  // A fresh outsider for every row: an earlier row (unlinking, deleting an account) must not change who the next one tests with.
  let outsider: Viewer;
  beforeEach(async () => {
    outsider = (await createCouple("Out", "Sider")).viewerA;
  });

  it("refuses a signed-out caller and changes nothing", async () => {
    const before = await coupleASnapshot();
    await expect(call(null as unknown as Viewer, targets)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(call({ id: undefined } as unknown as Viewer, targets)).rejects.toMatchObject({ code: "unauthenticated" });
    expect(await coupleASnapshot()).toBe(before);
  });

  it.runIf(reachesOthers)("answers not-found to a member of another couple and changes nothing of couple A", async () => {
    const before = await coupleASnapshot();
    await expect(call(outsider, targets)).rejects.toMatchObject({ code: "not_found" });
    expect(await coupleASnapshot()).toBe(before);
  });

  it.runIf(!reachesOthers)("shows a member of another couple nothing of couple A and changes nothing of it", async () => {
    const before = await coupleASnapshot();
    const result = JSON.stringify((await call(outsider, targets).catch((error: unknown) => ({ error: String(error) }))) ?? null);
    expect(result).not.toContain(targets.sharedCheckInId);
    expect(result).not.toContain("Owner");
    expect(result).not.toContain("A note inside couple A");
    expect(result).not.toContain("A private note inside couple A");
    expect(result).not.toContain("An answer inside couple A");
    expect(result).not.toMatch(/(talk|turn|agreement) inside couple A/);
    expect(result).not.toContain(targets.deviceId);
    expect(result).not.toContain(targets.bidId);
    expect(result).not.toContain(targets.pickId);
    expect(result).not.toContain("A phrase inside couple A");
    expect(result).not.toContain("An apology inside couple A");
    expect(result).not.toContain(targets.apologyId);
    expect(result).not.toContain(targets.passkeyId);
    expect(result).not.toContain(targets.sessionId);
    expect(await coupleASnapshot()).toBe(before);
  });
});
