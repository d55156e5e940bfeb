/**
 * Home's news: the partner's answers to my check-ins (whichever one, even when
 * I have checked in since) and their accepting my invitation, each new until a
 * home page has shown it, and only ever between the two current partners.
 */
import { describe, expect, it } from "vitest";
import { CheckInSchema } from "@/lib/checkins/schema";
import { createCheckIn, respondToCheckIn, updateCheckIn } from "@/lib/checkins/service";
import { acceptInvite, createInvite, unlinkPartner } from "@/lib/couples/service";
import { getHomeNews, markNewsSeen } from "@/lib/home/news";
import { createCouple, createPerson, viewerFor } from "../support/integration";

const NOW = new Date("2026-11-24T09:00:00Z");
const at = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);
const shared = CheckInSchema.parse({ pleasantness: "4", energy: "4", visibility: "SHARED" });

describe("home news", () => {
  it("shows an answer to an older check-in, new until a home page has shown it; a changed answer is new again", async () => {
    const { viewerA: ana, viewerB: ben } = await createCouple("Ana", "Ben");
    const tuesday = await createCheckIn(ana, shared, { now: NOW });
    await createCheckIn(ana, shared, { now: at(20) });
    await respondToCheckIn(ben, tuesday.id, "SENDING_A_HUG", { now: at(21) });

    const first = await getHomeNews(ana, { now: at(22) });
    expect(first.responses).toMatchObject([{ kind: "SENDING_A_HUG", isNew: true, checkIn: { createdAt: NOW } }]);
    await markNewsSeen(ana, first, { now: at(22) });
    expect((await getHomeNews(ana, { now: at(23) })).responses).toMatchObject([{ kind: "SENDING_A_HUG", isNew: false }]);

    await respondToCheckIn(ben, tuesday.id, "WANT_TO_TALK", { now: at(24) });
    expect((await getHomeNews(ana, { now: at(25) })).responses).toMatchObject([{ kind: "WANT_TO_TALK", isNew: true }]);
    // Ben's own news has none of his answers; a week later Ana's has gone quiet.
    expect((await getHomeNews(ben, { now: at(25) })).responses).toEqual([]);
    expect((await getHomeNews(ana, { now: at(24 + 7 * 24 + 1) })).responses).toEqual([]);
  });

  it("does not mark an answer seen that changed after the page was made", async () => {
    const { viewerA: ana, viewerB: ben } = await createCouple("Ana", "Ben");
    const checkIn = await createCheckIn(ana, shared, { now: NOW });
    await respondToCheckIn(ben, checkIn.id, "SENDING_A_HUG", { now: at(1) });
    const shown = await getHomeNews(ana, { now: at(2) });
    await respondToCheckIn(ben, checkIn.id, "THINKING_OF_YOU", { now: at(3) });
    await markNewsSeen(ana, shown, { now: at(4) });
    expect((await getHomeNews(ana, { now: at(5) })).responses).toMatchObject([{ kind: "THINKING_OF_YOU", isNew: true }]);
  });

  it("keeps nothing once a check-in is made private or the couple unlinks", async () => {
    const { viewerA: ana, viewerB: ben } = await createCouple("Ana", "Ben");
    const checkIn = await createCheckIn(ana, shared, { now: NOW });
    await respondToCheckIn(ben, checkIn.id, "SENDING_A_HUG", { now: at(1) });
    await updateCheckIn(ana, checkIn.id, { ...shared, visibility: "PRIVATE" });
    expect((await getHomeNews(ana, { now: at(2) })).responses).toEqual([]);

    const other = await createCheckIn(ana, shared, { now: at(3) });
    await respondToCheckIn(ben, other.id, "SENDING_A_HUG", { now: at(4) });
    await unlinkPartner(ana, { now: at(5) });
    expect(await getHomeNews(await viewerFor(ana.id), { now: at(5) })).toEqual({ accepted: null, responses: [] });
  });

  it("tells the inviter their invitation was accepted, new once", async () => {
    const sam = await createPerson("Sam");
    const robin = await createPerson("Robin");
    const invite = await createInvite(await viewerFor(sam.id), {}, { now: NOW });
    await acceptInvite(await viewerFor(robin.id), invite.link.split("/invite/")[1]!, { now: at(1) });
    const samNow = await viewerFor(sam.id);
    const news = await getHomeNews(samNow, { now: at(2) });
    expect(news.accepted).toEqual({ at: at(1), isNew: true });
    await markNewsSeen(samNow, news, { now: at(2) });
    // The next request's viewer.
    expect((await getHomeNews(await viewerFor(sam.id), { now: at(3) })).accepted).toEqual({ at: at(1), isNew: false });
    expect((await getHomeNews(await viewerFor(sam.id), { now: at(1 + 7 * 24 + 1) })).accepted).toBeNull();
    // The one who accepted is not told they accepted.
    expect((await getHomeNews(await viewerFor(robin.id), { now: at(2) })).accepted).toBeNull();
  });
});
