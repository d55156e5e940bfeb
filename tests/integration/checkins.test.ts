import { beforeEach, describe, expect, it } from "vitest";
import { exportMyData } from "@/lib/account/service";
import type { Viewer } from "@/lib/auth/viewer";
import { CheckInSchema, type CheckInInput } from "@/lib/checkins/schema";
import {
  createCheckIn,
  deleteCheckIn,
  getHomeCheckIns,
  getTrends,
  lastVisibility,
  listCheckIns,
  respondToCheckIn,
  updateCheckIn,
} from "@/lib/checkins/service";
import { unlinkPartner } from "@/lib/couples/service";
import { db } from "@/lib/db";
import { getHomeNews } from "@/lib/home/news";
import { createCouple, viewerFor } from "../support/integration";

const NOW = new Date("2026-11-22T15:00:00Z");
const shared: CheckInInput = CheckInSchema.parse({
  pleasantness: 4,
  energy: 4,
  feeling: "hopeful",
  visibility: "SHARED",
  note: "Good day at work",
});
const secret: CheckInInput = CheckInSchema.parse({
  pleasantness: 1,
  energy: 2,
  feeling: "lonely",
  visibility: "PRIVATE",
  note: "do not show this",
});

let alex: Viewer;
let blake: Viewer;

beforeEach(async () => {
  const couple = await createCouple("Alex", "Blake");
  alex = couple.viewerA;
  blake = couple.viewerB;
});

describe("writing check-ins", () => {
  it("keeps the form's last visibility choice, shared the first time", async () => {
    expect(await lastVisibility(alex)).toBe("SHARED");
    await createCheckIn(alex, secret, { now: NOW });
    expect(await lastVisibility(alex)).toBe("PRIVATE");
  });

  it("stores two taps without a word, and an edit can add the word and take it away again", async () => {
    const twoTaps = CheckInSchema.parse({ pleasantness: "2", energy: "4", visibility: "SHARED" });
    const { id } = await createCheckIn(alex, twoTaps, { now: NOW });
    expect((await getHomeCheckIns(blake, { now: NOW })).partner).toMatchObject({ id, feeling: null, pleasantness: 2, energy: 4 });
    await updateCheckIn(alex, id, { ...twoTaps, feeling: "anxious" });
    expect((await listCheckIns(alex, "mine")).items[0]?.feeling).toBe("anxious");
    await updateCheckIn(alex, id, twoTaps);
    expect((await listCheckIns(alex, "mine")).items[0]?.feeling).toBeNull();
  });

  it("lets several check-ins a day be saved, newest first in history", async () => {
    await createCheckIn(alex, shared, { now: new Date("2026-11-22T08:00:00Z") });
    await createCheckIn(alex, { ...shared, feeling: "joyful" }, { now: new Date("2026-11-22T12:00:00Z") });
    const { items } = await listCheckIns(alex, "mine");
    expect(items.map((c) => c.feeling)).toEqual(["joyful", "hopeful"]);
  });

  it("pages history 20 at a time", async () => {
    for (let i = 0; i < 25; i++) await createCheckIn(alex, shared, { now: new Date(NOW.getTime() - i * 60_000) });
    const first = await listCheckIns(alex, "mine", 1);
    const second = await listCheckIns(alex, "mine", 2);
    expect(first.items).toHaveLength(20);
    expect(first.hasMore).toBe(true);
    expect(second.items).toHaveLength(5);
    expect(second.hasMore).toBe(false);
  });

  it("lets only the author edit or delete, and deleting removes the responses", async () => {
    const { id } = await createCheckIn(alex, shared, { now: NOW });
    await respondToCheckIn(blake, id, "SENDING_A_HUG");
    await expect(updateCheckIn(blake, id, secret)).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteCheckIn(blake, id)).rejects.toMatchObject({ code: "not_found" });
    await updateCheckIn(alex, id, { ...shared, feeling: "proud" });
    expect((await listCheckIns(alex, "mine")).items[0]?.feeling).toBe("proud");
    await deleteCheckIn(alex, id);
    expect(await db.checkInResponse.count({ where: { checkInId: id } })).toBe(0);
  });
});

describe("responses", () => {
  it("are one per responder, changeable, and the author sees them on home", async () => {
    const { id } = await createCheckIn(alex, shared, { now: NOW });
    await respondToCheckIn(blake, id, "THINKING_OF_YOU", { now: NOW });
    await respondToCheckIn(blake, id, "WANT_TO_TALK", { now: NOW });
    expect(await db.checkInResponse.count({ where: { checkInId: id } })).toBe(1);
    const news = await getHomeNews(alex, { now: NOW });
    expect(news.responses.map((r) => r.kind)).toEqual(["WANT_TO_TALK"]);
    expect((await getHomeCheckIns(blake, { now: NOW })).partner?.myResponse).toBe("WANT_TO_TALK");
  });

  it("are taken back by tapping the same one again", async () => {
    const { id } = await createCheckIn(alex, shared, { now: NOW });
    await respondToCheckIn(blake, id, "SENDING_A_HUG");
    expect(await respondToCheckIn(blake, id, "SENDING_A_HUG")).toEqual({ kind: null });
    expect(await db.checkInResponse.count({ where: { checkInId: id } })).toBe(0);
  });

  it("cannot be given to one's own check-in", async () => {
    const { id } = await createCheckIn(alex, shared, { now: NOW });
    await expect(respondToCheckIn(alex, id, "SENDING_A_HUG")).rejects.toMatchObject({ code: "not_found" });
  });

  it("disappear when the author makes the check-in private", async () => {
    const { id } = await createCheckIn(alex, shared, { now: NOW });
    await respondToCheckIn(blake, id, "SENDING_A_HUG");
    await updateCheckIn(alex, id, { ...shared, visibility: "PRIVATE" });
    expect(await db.checkInResponse.count({ where: { checkInId: id } })).toBe(0);
  });
});

describe("home", () => {
  it("shows the partner's latest shared check-in and whether they shared one today in their time zone", async () => {
    await db.user.update({ where: { id: alex.id }, data: { timeZone: "Pacific/Auckland" } });
    blake = await viewerFor(blake.id);
    // 2026-11-22 10:30 UTC is 23:30 on 22 Nov in Auckland; at 12:00 UTC it is already the 23rd there.
    await createCheckIn(alex, shared, { now: new Date("2026-11-22T10:30:00Z") });
    expect((await getHomeCheckIns(blake, { now: new Date("2026-11-22T10:45:00Z") })).partnerCheckedInToday).toBe(true);
    expect((await getHomeCheckIns(blake, { now: new Date("2026-11-22T12:00:00Z") })).partnerCheckedInToday).toBe(false);
    expect((await getHomeCheckIns(blake, { now: NOW })).partner?.feeling).toBe("hopeful");
  });
});

describe("private means private", () => {
  beforeEach(async () => {
    await createCheckIn(alex, shared, { now: new Date(NOW.getTime() - 60 * 60_000) });
    await createCheckIn(alex, secret, { now: NOW });
  });

  it("home: the partner sees the older shared check-in, not the newer private one, and it does not count as today's", async () => {
    const home = await getHomeCheckIns(blake, { now: NOW });
    expect(home.partner?.feeling).toBe("hopeful");
    await db.checkIn.deleteMany({ where: { authorId: alex.id, visibility: "SHARED" } });
    const after = await getHomeCheckIns(blake, { now: NOW });
    expect(after.partner).toBeNull();
    expect(after.partnerCheckedInToday).toBe(false);
  });

  it("history: the partner's list holds only shared check-ins", async () => {
    const { items } = await listCheckIns(blake, "partner");
    expect(items.map((c) => c.feeling)).toEqual(["hopeful"]);
    expect(JSON.stringify(items)).not.toContain("do not show this");
  });

  it("trends: private check-ins are not charted, for either person", async () => {
    for (const viewer of [alex, blake]) {
      const series = await getTrends(viewer, { now: NOW });
      const alexSeries = series.find((s) => s.name === "Alex")!;
      const today = alexSeries.days.at(-1)!;
      expect(today).toMatchObject({ pleasantness: 4, energy: 4, count: 1 });
    }
  });

  it("responses: a private check-in cannot be answered", async () => {
    const privateOne = await db.checkIn.findFirstOrThrow({ where: { authorId: alex.id, visibility: "PRIVATE" } });
    await expect(respondToCheckIn(blake, privateOne.id, "SENDING_A_HUG")).rejects.toMatchObject({ code: "not_found" });
  });

  it("export: the partner's export holds none of it", async () => {
    const text = JSON.stringify(await exportMyData(blake));
    expect(text).not.toContain("do not show this");
    expect(text).not.toContain("lonely");
    const mine = JSON.stringify(await exportMyData(alex));
    expect(mine).toContain("do not show this");
  });
});

describe("after unlinking", () => {
  it("neither sees the other's check-ins any more; each keeps their own", async () => {
    await createCheckIn(alex, shared, { now: NOW });
    await createCheckIn(blake, shared, { now: NOW });
    await unlinkPartner(alex, { now: NOW });
    const [a, b] = await Promise.all([viewerFor(alex.id), viewerFor(blake.id)]);
    expect((await getHomeCheckIns(b, { now: NOW })).partner).toBeNull();
    expect((await listCheckIns(b, "partner")).items).toEqual([]);
    expect((await getTrends(b, { now: NOW })).map((s) => s.name)).toEqual(["Blake"]);
    expect((await listCheckIns(a, "mine")).items).toHaveLength(1);
  });
});

describe("trends", () => {
  it("averages each local day of the last 30 for both partners", async () => {
    await createCheckIn(blake, { ...shared, pleasantness: 2, energy: 4, feeling: "anxious" }, { now: new Date("2026-11-21T09:00:00Z") });
    await createCheckIn(blake, { ...shared, pleasantness: 4, energy: 2, feeling: "calm" }, { now: new Date("2026-11-21T20:00:00Z") });
    await createCheckIn(blake, shared, { now: new Date("2026-10-01T09:00:00Z") }); // older than 30 days
    const [, blakeSeries] = await getTrends(alex, { now: NOW });
    expect(blakeSeries!.days).toHaveLength(30);
    expect(blakeSeries!.days.at(-2)).toEqual({ date: "2026-11-21", pleasantness: 3, energy: 3, count: 2 });
    expect(blakeSeries!.days.filter((d) => d.count > 0)).toHaveLength(1);
    // The 90-day view reaches the October one; the 7-day view only the last week.
    const [, quarter] = await getTrends(alex, { now: NOW, days: 90 });
    expect(quarter!.days).toHaveLength(90);
    expect(quarter!.days.filter((d) => d.count > 0).map((d) => d.date)).toEqual(["2026-10-01", "2026-11-21"]);
    const [, week] = await getTrends(alex, { now: NOW, days: 7 });
    expect(week!.days.map((d) => d.date)).toEqual([
      "2026-11-16",
      "2026-11-17",
      "2026-11-18",
      "2026-11-19",
      "2026-11-20",
      "2026-11-21",
      "2026-11-22",
    ]);
  });
});
