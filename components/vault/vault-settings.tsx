"use client";

import { LockIcon } from "./lock-icon";
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { fieldClass, FieldError, FormMessage } from "@/components/ui/field";
import type { VaultState } from "@/lib/vault/service";
import { useNoteKey } from "./use-note-key";
import { useStep } from "./use-step";

const sealedLine = (count: number) =>
  count === 0 ? "" : ` ${count === 1 ? "1 earlier private note is" : `${count} earlier private notes are`} now encrypted too.`;

/** Settings → Encrypt my private notes: turn on with a recovery phrase (and a passkey), unlock on a new device, lock here. */
export function VaultSettings({ userId, state }: { userId: string; state: VaultState }) {
  // Kept here, above the panels: turning on swaps the panel, and its confirmation must stay.
  const [turnedOn, setTurnedOn] = useState<string | null>(null);
  // Only someone with encryption on (or just turned on) has a key to look for.
  const { key, reload } = useNoteKey(state.on || turnedOn ? userId : undefined);
  const panel = !state.on ? (
    <TurnOn
      userId={userId}
      passkeys={state.passkeys}
      onDone={(message) => {
        setTurnedOn(message);
        reload();
      }}
    />
  ) : key === undefined ? (
    <p className="text-muted">Looking for your key on this device…</p>
  ) : key === null ? (
    <Unlock userId={userId} state={state} onDone={reload} />
  ) : (
    <Unlocked userId={userId} state={state} onLocked={reload} />
  );
  return (
    <>
      <FormMessage status={turnedOn ? "success" : "idle"} message={turnedOn ?? undefined} />
      {panel}
    </>
  );
}

function TurnOn({ userId, passkeys, onDone }: { userId: string; passkeys: VaultState["passkeys"]; onDone: (message: string) => void }) {
  const router = useRouter();
  const [phrase, setPhrase] = useState<string | null>(null);
  const [kept, setKept] = useState(false);
  // Ticked while there is a passkey (one added on this visit too), until the person unticks it.
  const [passkeyChoice, setWithPasskey] = useState<boolean | null>(null);
  const withPasskey = passkeyChoice ?? passkeys.length > 0;
  const { busy, message, setMessage, run } = useStep();

  async function start() {
    const { newRecoveryPhrase } = await import("@/lib/vault/phrase");
    setPhrase(newRecoveryPhrase());
  }

  function turnOn(event: FormEvent) {
    event.preventDefault();
    if (!phrase) return;
    if (!kept) {
      setMessage({ status: "error", message: "Write the 24 words down first, then tick the box: without them you can lose your notes." });
      return;
    }
    void run(async () => {
      const { turnOnHere } = await import("./vault-client");
      const { sealed, passkeyProblem } = await turnOnHere(userId, phrase, withPasskey ? passkeys : []);
      onDone(`Encryption is on.${sealedLine(sealed)}${passkeyProblem ? ` ${passkeyProblem}` : ""}`);
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-3">
      <FormMessage status={message?.status ?? "idle"} message={message?.message} />
      <p>
        Your private check-in notes are encrypted on your device before they are sent, so Kindred&apos;s server stores only what it
        can&apos;t read: not a backup, a breach or anyone running the server can read them.
      </p>
      <p className="rounded-xl border border-danger/30 bg-red-50 px-4 py-3 text-sm">
        <strong>Before you turn it on:</strong> you get a recovery phrase of 24 words. On a new device your notes open with that phrase
        {passkeys.length > 0 ? " or your passkey" : ""}. If you lose {passkeys.length > 0 ? "both" : "the phrase"}, your encrypted notes are
        gone for good: nobody, not even Kindred, can recover them. It can&apos;t be turned off again.
      </p>
      {phrase ? (
        <form onSubmit={turnOn} className="flex flex-col gap-3" aria-label="Your recovery phrase">
          <p className="font-semibold">Your recovery phrase. Write these 24 words down, in order, and keep them somewhere safe:</p>
          <ol
            className="grid grid-cols-2 gap-x-4 gap-y-1 rounded-xl border border-line bg-sand/40 p-4 font-mono text-sm sm:grid-cols-4"
            aria-label="Recovery phrase"
          >
            {phrase.split(" ").map((word, index) => (
              <li key={index} className="flex gap-2">
                <span className="w-6 text-right text-muted">{index + 1}.</span>
                <span>{word}</span>
              </li>
            ))}
          </ol>
          <p className="text-sm text-muted">It is shown only now. Kindred never sees it.</p>
          <label className="flex items-start gap-2">
            <input type="checkbox" checked={kept} onChange={(event) => setKept(event.target.checked)} className="mt-1 size-4" />
            <span>I&apos;ve written down these 24 words and will keep them safe.</span>
          </label>
          {passkeys.length > 0 ? (
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                checked={withPasskey}
                onChange={(event) => setWithPasskey(event.target.checked)}
                className="mt-1 size-4"
              />
              <span>Also let my passkey unlock my notes on a new device (your device asks for it now).</span>
            </label>
          ) : null}
          <Button type="submit" disabled={busy} className="self-start">
            {busy ? "Encrypting…" : "Encrypt my private notes"}
          </Button>
        </form>
      ) : (
        <Button type="button" variant="secondary" className="self-start" onClick={() => void start()}>
          Turn on encryption
        </Button>
      )}
    </div>
  );
}

function Unlock({ userId, state, onDone }: { userId: string; state: VaultState; onDone: () => void }) {
  const [typed, setTyped] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const { busy, message, run } = useStep();

  function withPhrase(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const { phraseProblem } = await import("@/lib/vault/phrase");
      const problem = phraseProblem(typed);
      setFieldError(problem ?? undefined);
      if (problem) return;
      const { unlockWithPhrase } = await import("./vault-client");
      await unlockWithPhrase(userId, typed, state.phraseWrap!);
      onDone();
    });
  }

  function withPasskey() {
    void run(async () => {
      const { unlockWithPasskey } = await import("./vault-client");
      await unlockWithPasskey(userId, state.passkeyKeys);
      onDone();
    });
  }

  return (
    <div className="flex flex-col gap-3">
      <p>Your private notes are encrypted. They are locked on this device: unlock them to read and write them here.</p>
      <FormMessage status={message?.status ?? "idle"} message={message?.message} />
      {state.passkeyKeys.length > 0 ? (
        <Button type="button" onClick={withPasskey} disabled={busy} className="self-start">
          Unlock with a passkey
        </Button>
      ) : null}
      <form onSubmit={withPhrase} className="flex flex-col gap-2" noValidate>
        <label htmlFor="recovery-phrase" className="font-semibold">
          Your 24-word recovery phrase
        </label>
        <textarea
          id="recovery-phrase"
          rows={3}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? "recovery-phrase-error" : undefined}
          className={`font-mono ${fieldClass(fieldError)}`}
        />
        <FieldError id="recovery-phrase-error" message={fieldError} />
        <Button type="submit" variant={state.passkeyKeys.length > 0 ? "secondary" : "primary"} disabled={busy} className="self-start">
          {busy ? "Unlocking…" : "Unlock with the phrase"}
        </Button>
      </form>
    </div>
  );
}

function Unlocked({ userId, state, onLocked }: { userId: string; state: VaultState; onLocked: () => void }) {
  const router = useRouter();
  const { busy, message, run } = useStep();
  const withoutKey = state.passkeys.filter((passkey) => !state.passkeyKeys.some((key) => key.credentialId === passkey.credentialId));

  // Notes written in plain text before (another device that was locked, an old queued one) are sealed whenever this page is open
  // here; a vault from before key pairs gets its key pair, so that "Encrypt our words" can wrap a couple key to it.
  useEffect(() => {
    void run(async () => {
      const { ensureKeyPairHere, sealEarlierNotes } = await import("./vault-client");
      if (!state.publicKey) {
        await ensureKeyPairHere(userId);
        router.refresh();
      }
      const sealed = await sealEarlierNotes(userId);
      return sealed > 0 ? sealedLine(sealed).trim() : undefined;
    });
    // Once per visit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userId]);

  function addPasskey() {
    void run(async () => {
      const { addPasskeyHere } = await import("./vault-client");
      await addPasskeyHere(userId, withoutKey);
      router.refresh();
      return "Your passkey unlocks your notes now too.";
    });
  }

  function readExport(file: File | undefined) {
    if (!file) return;
    void run(async () => {
      const { openExport } = await import("./vault-client");
      const { opened, count } = await openExport(userId, file);
      const link = document.createElement("a");
      link.href = URL.createObjectURL(opened);
      link.download = file.name.replace(/\.json$/, "") + "-opened.json";
      link.click();
      URL.revokeObjectURL(link.href);
      return `Opened ${count === 1 ? "1 note" : `${count} notes`} of the export, downloaded as ${link.download}. It holds your notes in plain text: keep it safe.`;
    });
  }

  async function lock() {
    const { forgetNoteKeyHere } = await import("@/lib/vault/device");
    await forgetNoteKeyHere(userId);
    onLocked();
  }

  return (
    <div className="flex flex-col gap-3">
      <FormMessage status={message?.status ?? "idle"} message={message?.message} />
      <p>
        <LockIcon />
        Your private notes are encrypted, and unlocked on this device.
      </p>
      <p className="text-sm text-muted">
        They unlock on a new device with your recovery phrase
        {state.passkeyKeys.length > 0 ? ` or your passkey (${state.passkeyKeys.map((key) => key.name).join(", ")})` : ""}.
      </p>
      <div className="flex flex-wrap gap-3">
        {withoutKey.length > 0 ? (
          <Button type="button" variant="secondary" onClick={addPasskey} disabled={busy}>
            Let my passkey unlock them too
          </Button>
        ) : null}
        <Button type="button" variant="secondary" onClick={() => void lock()} disabled={busy}>
          Lock on this device
        </Button>
      </div>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-semibold">Read an export</span>
        <span className="text-muted">Choose a file from “Export my data”: its encrypted notes are opened here and downloaded again.</span>
        <input type="file" accept="application/json,.json" disabled={busy} onChange={(event) => readExport(event.target.files?.[0])} />
      </label>
    </div>
  );
}
