import { expect } from "vitest";
import { db } from "@/lib/db";
import { liveHub, type PartnerSignal, type Resync, type TalkSignal } from "@/lib/live/hub";
import { notifyTalkChanged } from "@/lib/live/notify";

/** Collects what the hub delivers for one talk (`talk`) or one person (`partner`). */
export function watch<T extends "talk" | "partner">(topic: T, key: string) {
  type Signal = (T extends "talk" ? TalkSignal : PartnerSignal) | Resync;
  const signals: Signal[] = [];
  const collect = (signal: Signal) => void signals.push(signal);
  const stop =
    topic === "talk"
      ? liveHub().subscribe("talk", key, collect as (signal: TalkSignal | Resync) => void)
      : liveHub().subscribe("partner", key, collect as (signal: PartnerSignal | Resync) => void);
  const next = async (count: number) => {
    await expect.poll(() => signals.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(count);
    return signals.slice(0, count);
  };
  return { id: key, signals, stop, next };
}

/** The hub connects with its first subscriber; a throwaway one (on a talk that does not exist) makes sure it is listening before a test writes. */
export async function listening() {
  const probe = watch("talk", `probe-${crypto.randomUUID()}`);
  await expect
    .poll(async () => {
      await notifyTalkChanged(db, probe.id, 0);
      return probe.signals.length;
    })
    .toBeGreaterThan(0);
  probe.stop();
}
