import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { notifyTalkChanged } from "@/lib/live/notify";
import { deleteTalk, markWriting, startTalk, takeTurn } from "@/lib/talk/service";
import { createCouple } from "../support/integration";
import { listening, watch } from "../support/live";

/** A couple's new talk, with the hub already listening. */
async function talkWithListener(names: [string, string], topic: string) {
  const { viewerA } = await createCouple(...names);
  const talk = await startTalk(viewerA, { topic, first: "me" });
  await listening();
  return { viewerA, talk };
}

describe("a talk's live signal (Postgres LISTEN/NOTIFY)", () => {
  it("reaches the subscribers of that talk, and only of that talk, on every committed change: a turn, writing, a delete", async () => {
    const { viewerA, viewerB } = await createCouple("Lou", "Max");
    const talk = await startTalk(viewerA, { topic: "Weekends", first: "me" });
    const other = await startTalk((await createCouple("Ned", "Oz")).viewerA, { topic: "Elsewhere", first: "me" });
    await listening();
    const mine = watch("talk", talk.id);
    const theirs = watch("talk", other.id);

    const { version } = await takeTurn(viewerA, talk.id, { kind: "share", version: 0, body: "I'd like slower Saturdays." });
    expect(await mine.next(1)).toEqual([{ id: talk.id, version }]);
    await markWriting(viewerB, talk.id);
    expect((await mine.next(2))[1]).toEqual({ id: talk.id, version });
    await deleteTalk(viewerA, talk.id);
    expect((await mine.next(3))[2]).toEqual({ id: talk.id, version: -1 });
    expect(theirs.signals).toEqual([]);
    mine.stop();
    theirs.stop();
  });

  it("says nothing about a change that was rolled back", async () => {
    const { talk } = await talkWithListener(["Pam", "Quy"], "Money");
    const seen = watch("talk", talk.id);
    await db
      .$transaction(async (tx) => {
        await notifyTalkChanged(tx, talk.id, 1);
        throw new Error("changed my mind");
      })
      .catch(() => undefined);
    await db.$transaction((tx) => notifyTalkChanged(tx, talk.id, 5));
    const [only] = await seen.next(1);
    expect(only).toEqual({ id: talk.id, version: 5 });
    expect(seen.signals).toHaveLength(1);
    seen.stop();
  });

  it("stops delivering to a subscriber that left", async () => {
    const { viewerA, talk } = await talkWithListener(["Rio", "Sam"], "Chores");
    const gone = watch("talk", talk.id);
    gone.stop();
    const stays = watch("talk", talk.id);
    await markWriting(viewerA, talk.id);
    await stays.next(1);
    expect(gone.signals).toEqual([]);
    stays.stop();
  });
});
