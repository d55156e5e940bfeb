import { describe, expect, it } from "vitest";
import { dateTicks, summarise, trendView, type TrendSeries } from "@/lib/checkins/trends";

const keys = (count: number, last = "2026-12-02") =>
  Array.from({ length: count }, (_, i) =>
    new Date(Date.parse(`${last}T12:00:00Z`) - (count - 1 - i) * 86_400_000).toISOString().slice(0, 10),
  );

function series(values: (number | null)[]): TrendSeries {
  const dates = keys(values.length);
  return {
    name: "Ana",
    days: values.map((v, i) => ({ date: dates[i]!, pleasantness: v, energy: v === null ? null : 3, count: v === null ? 0 : 1 })),
  };
}

describe("trend views", () => {
  it("reads 7, 30 or 90 days from the address, else 30", () => {
    expect(trendView("7")).toBe(7);
    expect(trendView("90")).toBe(90);
    expect(trendView(["30", "7"])).toBe(30);
    expect(trendView("365")).toBe(30);
    expect(trendView(undefined)).toBe(30);
  });

  it("puts a date tick every week, counted back from today, named so the labels fit a phone", () => {
    expect(dateTicks(keys(7)).map((t) => t.label)).toEqual(["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]);
    const month = dateTicks(keys(30));
    expect(month.map((t) => t.index)).toEqual([1, 8, 15, 22, 29]);
    expect(month.map((t) => t.label)).toEqual(["4 Nov", "11 Nov", "18 Nov", "25 Nov", "2 Dec"]);
    const quarter = dateTicks(keys(90));
    expect(quarter).toHaveLength(13);
    expect(quarter.at(-1)).toEqual({ index: 89, label: "2 Dec" });
    expect(quarter.filter((t) => t.label).map((t) => t.label)).toEqual(["9 Sep", "7 Oct", "4 Nov", "2 Dec"]);
  });
});

describe("a stretch in words", () => {
  it("says how many days, how it mostly felt, the latest and which way it goes", () => {
    expect(summarise(series([null, null, 4]), 30)).toBe(
      "shared how they felt on 1 day of the last 30. It felt pleasant, steady; most recently pleasant and steady (Wed 2 Dec).",
    );
    expect(summarise(series([2, 2, null, 4, 5]), 7)).toMatch(
      /^shared how they felt on 4 days of the last 7\. Mostly so-so, steady; .* getting lighter lately\.$/,
    );
    expect(summarise(series([5, 5, 2, 1]), 7)).toMatch(/heavier lately/);
    expect(summarise(series([null, null]), 7)).toBe("hasn't shared a check-in in the last 7 days.");
  });
});
