"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { CoupleVaultState } from "@/lib/vault/couple";
import { LockIcon } from "./lock-icon";
import { useNoteKey } from "./use-note-key";
import { useStep } from "./use-step";

const earlierLine = (count: number) =>
  count === 0 ? "" : ` ${count === 1 ? "1 earlier note or reply is" : `${count} earlier notes and replies are`} now encrypted too.`;

const unlockAbove = (
  <Link href="#encryption" className="font-semibold text-clay-dark underline">
    Unlock your notes on this device
  </Link>
);

/**
 * Settings → Encrypt our words: the couple's notes and replies sealed with a
 * couple key made here and wrapped to both partners. Each needs "Encrypt my
 * private notes" on first: its phrase or passkey is what opens the couple key
 * on a new device.
 */
export function OurWords({
  userId,
  coupleId,
  state,
  since,
}: {
  userId: string;
  coupleId: string;
  state: CoupleVaultState;
  since: string | null;
}) {
  const router = useRouter();
  const { key } = useNoteKey(state.myPublicKey ? userId : undefined);
  const { busy, message, run } = useStep();
  // Kept apart from `message`: the sealing that runs once the page refreshes must not hide it.
  const [turnedOn, setTurnedOn] = useState<string | null>(null);
  const partner = state.partnerName;
  const on = state.since !== null;

  // Notes written before (a reply sent just as it was turned on, the partner's side of the earlier ones) are sealed whenever this is open here.
  useEffect(() => {
    if (!on || !key || !state.keys) return;
    const keys = state.keys;
    void run(async () => {
      const { currentCoupleKey, sealEarlierCoupleNotes } = await import("./vault-client");
      const coupleKey = await currentCoupleKey(userId, keys, coupleId);
      const sealed = coupleKey ? await sealEarlierCoupleNotes(coupleKey) : 0;
      return sealed > 0 ? earlierLine(sealed).trim() : undefined;
    });
    // Once per visit, once the key is here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [on, Boolean(key)]);

  function turnOn() {
    const members = [
      { userId, publicKey: state.myPublicKey },
      { userId: state.partner.id, publicKey: state.partner.publicKey },
    ];
    void run(async () => {
      const { turnOnOurWords } = await import("./vault-client");
      const sealed = await turnOnOurWords(
        userId,
        members.map((member) => ({ userId: member.userId, publicKey: member.publicKey! })),
      );
      setTurnedOn(`Your words are encrypted between you now.${earlierLine(sealed)}`);
      router.refresh();
    });
  }

  let body: ReactNode;
  if (on) {
    body = (
      <>
        <p>
          <LockIcon />
          The notes and replies you and <bdi>{partner}</bdi> send each other are encrypted{since ? ` since ${since}` : ""}: only your
          devices can read them, not Kindred&apos;s server.
        </p>
        {key === null ? <p className="text-sm text-muted">{unlockAbove} to read and write them here.</p> : null}
      </>
    );
  } else if (!state.myPublicKey) {
    body = (
      <p className="text-sm text-muted">
        First turn on{" "}
        <Link href="#encryption" className="font-semibold text-clay-dark underline">
          Encrypt my private notes
        </Link>{" "}
        above and keep it unlocked on this device: your recovery phrase (or passkey) is also what opens your shared words on a new device.
      </p>
    );
  } else if (!state.partner.publicKey) {
    body = (
      <p className="text-sm text-muted">
        Waiting for <bdi>{partner}</bdi>: they turn on “Encrypt my private notes” in their Settings first. Then either of you can encrypt
        your words.
      </p>
    );
  } else if (key === null) {
    body = <p className="text-sm text-muted">{unlockAbove} above to turn this on.</p>;
  } else {
    body = (
      <>
        <p className="rounded-xl border border-danger/30 bg-red-50 px-4 py-3 text-sm">
          <strong>Before you turn it on:</strong> your notes and replies to each other, the ones written before too, can then be read only
          on a device where one of you has unlocked your notes. Each of you keeps your own recovery phrase; if one of you loses theirs and
          their passkey, they can&apos;t read your notes any more. The digest email will count your notes without quoting them. It
          can&apos;t be turned off again.
        </p>
        <Button type="button" onClick={turnOn} disabled={busy || key === undefined} className="self-start">
          {busy ? "Encrypting…" : "Encrypt our words"}
        </Button>
      </>
    );
  }

  return (
    <>
      <FormMessage status={turnedOn ? "success" : "idle"} message={turnedOn ?? undefined} />
      <FormMessage status={message?.status ?? "idle"} message={message?.message} />
      {on ? null : (
        <p>
          Encrypt the appreciation notes and replies you and <bdi>{partner}</bdi> send each other in your browsers, so Kindred&apos;s server
          stores only what it can&apos;t read.
        </p>
      )}
      {body}
    </>
  );
}
