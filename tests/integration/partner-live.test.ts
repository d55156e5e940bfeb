import { describe, expect, it } from "vitest";
import { guessMood } from "@/lib/checkins/guesses";
import { CheckInSchema } from "@/lib/checkins/schema";
import { createCheckIn, deleteCheckIn, respondToCheckIn, updateCheckIn } from "@/lib/checkins/service";
import { acceptInvite, createInvite, unlinkPartner } from "@/lib/couples/service";
import { liveHub } from "@/lib/live/hub";
import { sendNote, setHeart, unsendNote } from "@/lib/notes/service";
import { db } from "@/lib/db";
import { answerQuestion, getTodaysQuestion } from "@/lib/questions/service";
import { startTalk } from "@/lib/talk/service";
import { createCouple, createPerson, viewerFor } from "../support/integration";
import { listening, watch } from "../support/live";

const shared = CheckInSchema.parse({ pleasantness: 4, energy: 4, feeling: "hopeful", visibility: "SHARED" });
const secret = CheckInSchema.parse({ pleasantness: 1, energy: 2, feeling: "lonely", visibility: "PRIVATE", note: "mine alone" });
const kinds = (signals: object[]) => signals.map((signal) => ("kind" in signal ? signal.kind : "resync"));

describe("a partner's live signal (Postgres LISTEN/NOTIFY)", () => {
  it("tells the partner, and only the partner, each time the other does something they can see", async () => {
    const { viewerA: ana, viewerB: ben } = await createCouple("Ana", "Ben");
    const { viewerA: cy } = await createCouple("Cy", "Dee");
    await listening();
    const toAna = watch("partner", ana.id);
    const toBen = watch("partner", ben.id);
    const toCy = watch("partner", cy.id);

    const note = await sendNote(ana, { body: "Thank you for this morning." });
    expect(kinds(await toBen.next(1))).toEqual(["note"]);
    await setHeart(ben, note.id, true);
    expect(kinds(await toAna.next(1))).toEqual(["note"]);

    const checkIn = await createCheckIn(ana, shared);
    await guessMood(ben, checkIn.id, { quadrant: "calm", feeling: null });
    await respondToCheckIn(ben, checkIn.id, "SENDING_A_HUG");
    expect(kinds(await toBen.next(2))).toEqual(["note", "checkin"]);
    expect(kinds(await toAna.next(3))).toEqual(["note", "guess", "response"]);

    const today = await getTodaysQuestion(ana);
    await answerQuestion(ana, { dailyQuestionId: today.id, body: "Our walk by the river." });
    await startTalk(ana, { topic: "Weekends", first: "me" });
    expect(kinds(await toBen.next(4))).toEqual(["note", "checkin", "question", "talk"]);

    // Nothing of what was written travels on the signal.
    expect(JSON.stringify([toAna.signals, toBen.signals])).not.toMatch(/morning|river|Weekends|hopeful/);
    expect(toAna.signals).toHaveLength(3);
    expect(toCy.signals).toEqual([]);
    [toAna, toBen, toCy].forEach((watcher) => watcher.stop());
  });

  it("says nothing about a private check-in: not when it is made, edited or deleted, only when it is shared or unshared", async () => {
    const { viewerA: eve, viewerB: fin } = await createCouple("Eve", "Fin");
    await listening();
    const toFin = watch("partner", fin.id);

    const kept = await createCheckIn(eve, secret);
    await createCheckIn(eve, { ...secret, clientId: crypto.randomUUID() });
    await updateCheckIn(eve, kept.id, { ...secret, note: "still mine" });
    const other = await createCheckIn(eve, secret);
    await deleteCheckIn(eve, other.id);
    // A marker: when it arrives, everything before it has been delivered (in commit order).
    await sendNote(eve, { body: "marker" });
    expect(kinds(await toFin.next(1))).toEqual(["note"]);

    await updateCheckIn(eve, kept.id, shared); // now Fin can see it
    await updateCheckIn(eve, kept.id, secret); // and now not: Fin's page must drop it
    const gone = await createCheckIn(eve, shared);
    await deleteCheckIn(eve, gone.id);
    expect(kinds(await toFin.next(5))).toEqual(["note", "checkin", "checkin", "checkin", "checkin"]);
    await sendNote(eve, { body: "marker" });
    await toFin.next(6);
    expect(toFin.signals).toHaveLength(6);
    toFin.stop();
  });

  it("turns an inviter's waiting home into the linked one, and tells the one left behind when a partner unlinks", async () => {
    const gil = await createPerson("Gil");
    const hal = await createPerson("Hal");
    await listening();
    const toGil = watch("partner", gil.id);
    const toHal = watch("partner", hal.id);
    const invite = await createInvite(await viewerFor(gil.id), {});
    await acceptInvite(await viewerFor(hal.id), invite.link.split("/invite/")[1]!);
    expect(kinds(await toGil.next(1))).toEqual(["couple"]);
    await unlinkPartner(await viewerFor(gil.id));
    expect(kinds(await toHal.next(1))).toEqual(["couple"]);
    expect(toGil.signals).toHaveLength(1);
    toGil.stop();
    toHal.stop();
  });

  it("says nothing to a new partner when a note to the one before is unsent", async () => {
    const { a, viewerA } = await createCouple("Ike", "Jo");
    const note = await sendNote(viewerA, { body: "to Jo, before" });
    await unlinkPartner(viewerA);
    const kim = await createPerson("Kim");
    await db.couple.create({
      data: {
        memberships: {
          create: [
            { userId: a.id, seat: 1 },
            { userId: kim.id, seat: 2 },
          ],
        },
      },
    });
    await listening();
    const toKim = watch("partner", kim.id);
    await unsendNote(await viewerFor(a.id), note.id);
    expect(await db.note.count({ where: { id: note.id } })).toBe(0);
    await sendNote(await viewerFor(a.id), { body: "to Kim" });
    // The only signal Kim's page hears is the note written to Kim.
    expect(kinds(await toKim.next(1))).toEqual(["note"]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(toKim.signals).toHaveLength(1);
    toKim.stop();
  });

  it("catches up a stream that reconnects: what it missed in the last minute, or a resync when the process cannot vouch for it", async () => {
    const { viewerA: ida, viewerB: jo } = await createCouple("Ida", "Jo");
    await listening();
    const hub = liveHub();
    // A time the listener vouches for (it started listening more than the margin before).
    const before = Math.max(Date.now(), hub.listeningSince! + 2_000);
    const toJo = watch("partner", jo.id);
    await sendNote(ida, { body: "Missed me?" });
    const [heard] = await toJo.next(1);
    toJo.stop();
    const at = "at" in heard! ? heard.at : 0;

    expect(kinds(hub.partnerSince(jo.id, before) as object[])).toEqual(["note"]);
    expect(hub.partnerSince(jo.id, at + 5_000, at + 5_000)).toEqual([]);
    expect(hub.partnerSince(ida.id, before)).toEqual([]);
    // Longer ago than the hub keeps, or before it was listening: re-read everything.
    expect(hub.partnerSince(jo.id, at, at + 61_000 + 2_000)).toEqual({ resync: true });
    expect(hub.partnerSince(jo.id, 0)).toEqual({ resync: true });
  });
});
