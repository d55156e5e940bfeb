import { describe, expect, it } from "vitest";
import { getPracticeOfTheWeek, setTried, swapPractice } from "@/lib/practices/service";
import { allPractices } from "@/lib/practices/library";
import { createCouple, createPerson, viewerFor } from "../support/integration";

const MONDAY = new Date("2026-11-23T12:00:00Z");
const NEXT_MONDAY = new Date("2026-11-30T12:00:00Z");

function another(slug: string) {
  return allPractices().find((p) => p.slug !== slug)!.slug;
}

describe("practice of the week", () => {
  it("is the same for both partners and moves on the next week", async () => {
    const { viewerA, viewerB } = await createCouple();
    const a = await getPracticeOfTheWeek(viewerA, { now: MONDAY });
    const b = await getPracticeOfTheWeek(viewerB, { now: MONDAY });
    expect(b.practice.slug).toBe(a.practice.slug);
    expect((await getPracticeOfTheWeek(viewerA, { now: NEXT_MONDAY })).practice.slug).not.toBe(a.practice.slug);
  });

  it("can be swapped once a week by either partner, and both then see the new one", async () => {
    const { viewerA, viewerB } = await createCouple("Sam", "Robin");
    const before = await getPracticeOfTheWeek(viewerA, { now: MONDAY });
    const chosen = another(before.practice.slug);
    await swapPractice(viewerB, chosen, { now: MONDAY });
    const forA = await getPracticeOfTheWeek(viewerA, { now: MONDAY });
    expect(forA).toMatchObject({ practice: { slug: chosen }, swappedBy: "Robin", canSwap: false });
    await expect(swapPractice(viewerA, before.practice.slug, { now: MONDAY })).rejects.toThrow(/already changed by Robin/);
    expect((await getPracticeOfTheWeek(viewerA, { now: NEXT_MONDAY })).canSwap).toBe(true);
  });

  it("lets only one of two simultaneous swaps win", async () => {
    const { viewerA, viewerB } = await createCouple();
    const current = (await getPracticeOfTheWeek(viewerA, { now: MONDAY })).practice.slug;
    const others = allPractices().filter((p) => p.slug !== current);
    const results = await Promise.allSettled([
      swapPractice(viewerA, others[0]!.slug, { now: MONDAY }),
      swapPractice(viewerB, others[1]!.slug, { now: MONDAY }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const a = await getPracticeOfTheWeek(viewerA, { now: MONDAY });
    const b = await getPracticeOfTheWeek(viewerB, { now: MONDAY });
    expect(a.practice.slug).toBe(b.practice.slug);
  });

  it("refuses an unknown practice", async () => {
    const { viewerA } = await createCouple();
    await expect(swapPractice(viewerA, "no-such-practice", { now: MONDAY })).rejects.toMatchObject({ code: "not_found" });
  });

  it("shows each partner whether the other tried it", async () => {
    const { viewerA, viewerB } = await createCouple();
    await setTried(viewerA, true, { now: MONDAY });
    expect(await getPracticeOfTheWeek(viewerB, { now: MONDAY })).toMatchObject({ triedByMe: false, triedByPartner: true });
    expect(await getPracticeOfTheWeek(viewerA, { now: MONDAY })).toMatchObject({ triedByMe: true, triedByPartner: false });
    await setTried(viewerA, false, { now: MONDAY });
    expect((await getPracticeOfTheWeek(viewerB, { now: MONDAY })).triedByPartner).toBe(false);
  });

  it("gives someone not linked a personal practice of the week they can swap", async () => {
    const solo = await viewerFor((await createPerson("Solo")).id);
    const mine = await getPracticeOfTheWeek(solo, { now: MONDAY });
    await swapPractice(solo, another(mine.practice.slug), { now: MONDAY });
    expect((await getPracticeOfTheWeek(solo, { now: MONDAY })).swappedBy).toBe("you");
  });
});
