import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SendRepair } from "@/components/repair/send-repair";
import { TalkComposer } from "@/components/talk/composer";
import { ClosingForm, NotQuiteForm, PauseForm } from "@/components/talk/forms";
import { TalkLive } from "@/components/talk/live";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { QUADRANTS, vocabulary } from "@/lib/checkins/mood";
import { NotFoundError } from "@/lib/errors";
import { deleteTalkAction, takeTurnAction } from "@/lib/talk/actions";
import { talkContent } from "@/lib/talk/content";
import { partnersPicks } from "@/lib/repair/service";
import { getTalk } from "@/lib/talk/service";
import { formatTime, formatWhen } from "@/lib/time/format";

export const metadata: Metadata = { title: "Talk it through" };

const FEELINGS = QUADRANTS.flatMap((q) => vocabulary[q].words.map((w) => w.word));

/** One exchange, live for both: every turn so far, and the move that is the viewer's, if any. */
export default async function TalkExchangePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireOnboardedViewer();
  const { id } = await params;
  const [talk, partnerPicks] = await Promise.all([
    getTalk(viewer, id.slice(0, 40)).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    partnersPicks(viewer),
  ]);
  const partner = viewer.couple!.partner;
  // What the partner would welcome hearing, offered while the talk is open.
  const picks = talk.phase === "closed" ? null : partnerPicks;
  const { guidance, breaks } = talkContent();
  const nameOf = (userId: string) => (userId === viewer.id ? "You" : partner.name);
  const me = viewer.id;
  const mySpeak = talk.phase === "speaking" && talk.speakerId === me;
  const myReflect = talk.phase === "reflecting" && talk.listenerId === me;
  const myConfirm = talk.phase === "confirming" && talk.speakerId === me;
  const myClosing = talk.phase === "closing" && !talk.closedBy.includes(me);
  const zone = viewer.timeZone;

  return (
    <TalkLive talkId={talk.id} version={talk.version} partnerName={partner.name}>
      <div className="flex flex-col gap-1">
        <p className="text-sm text-muted">
          <Link href="/talk" className="underline">
            Talk
          </Link>{" "}
          · with <bdi>{partner.name}</bdi>
        </p>
        <h1 className="text-2xl font-bold">{talk.topic}</h1>
      </div>

      <ol aria-label="The talk so far" className="flex flex-col gap-3">
        {talk.turns.map((turn) => (
          <li
            key={turn.id}
            className={`flex flex-col gap-1 rounded-2xl p-4 ${turn.authorId === me ? "ml-6 bg-sand/70" : "mr-6 border border-line bg-white"}`}
          >
            <p className="text-sm font-semibold text-muted">
              <bdi>{nameOf(turn.authorId)}</bdi> {TURN_LABELS[turn.kind]} · {formatWhen(turn.createdAt, zone)}
            </p>
            {turn.body ? <p className="whitespace-pre-line">{turn.body}</p> : null}
            {turn.validation ? <p className="whitespace-pre-line italic">{turn.validation}</p> : null}
          </li>
        ))}
      </ol>

      {talk.paused ? (
        <Card aria-labelledby="break-heading" className="flex flex-col gap-3">
          <h2 id="break-heading" className="text-lg font-bold">
            On a break until {formatTime(talk.pausedUntil!, zone)}
          </h2>
          {talk.pauseMessage ? (
            <p className="whitespace-pre-line">
              <bdi>{nameOf(talk.pausedById ?? "")}</bdi>: “{talk.pauseMessage}”
            </p>
          ) : null}
          <p className="text-sm text-muted">You&apos;ll both get a reminder then. The talk picks up where it stopped.</p>
          <ActionButton action={takeTurnAction} fields={{ talkId: talk.id, kind: "resume", version: String(talk.version) }}>
            Resume now
          </ActionButton>
        </Card>
      ) : talk.phase === "closed" ? (
        <Card aria-labelledby="closed-heading" className="flex flex-col gap-3">
          <h2 id="closed-heading" className="text-lg font-bold">
            {guidance.close.done}
          </h2>
          {talk.closings.map((closing) => (
            <div key={closing.authorId} className="flex flex-col gap-1">
              <p className="text-sm font-semibold text-muted">
                <bdi>{nameOf(closing.authorId)}</bdi> appreciated
              </p>
              <p className="whitespace-pre-line">{closing.appreciation}</p>
              {closing.apology ? <p className="whitespace-pre-line italic">{closing.apology}</p> : null}
            </div>
          ))}
          <Link href="/talk" className="font-semibold text-clay-dark underline">
            Our agreements
          </Link>
        </Card>
      ) : (
        <Card aria-labelledby="turn-heading" className="flex flex-col gap-4">
          {mySpeak ? (
            <TurnGuide step={guidance.speaker}>
              <TalkComposer
                talkId={talk.id}
                version={talk.version}
                kind="share"
                label="How it is for you"
                stems={guidance.speaker.stems}
                feelings={FEELINGS}
                absoluteHint={guidance.speaker.absoluteHint}
                submitLabel="Share"
              />
            </TurnGuide>
          ) : myReflect ? (
            <TurnGuide step={guidance.listener}>
              <TalkComposer
                talkId={talk.id}
                version={talk.version}
                kind="reflect"
                label="What you heard"
                start={`${guidance.listener.reflectStem.replace(/…$/, "").trimEnd()} `}
                validation={{
                  label: "It makes sense that…",
                  start: `${guidance.listener.validateStem.replace(/…$/, "").split("…")[0]!.trimEnd()} `,
                }}
                submitLabel="Say it back"
              />
            </TurnGuide>
          ) : myConfirm ? (
            <TurnGuide step={guidance.confirm}>
              <div className="flex flex-wrap items-start gap-3">
                <ActionButton
                  action={takeTurnAction}
                  fields={{ talkId: talk.id, kind: "confirm", version: String(talk.version) }}
                  variant="primary"
                >
                  {guidance.confirm.yes}
                </ActionButton>
                <NotQuiteForm talkId={talk.id} version={talk.version} hint={guidance.confirm.missedHint} />
              </div>
            </TurnGuide>
          ) : myClosing ? (
            <TurnGuide step={guidance.close}>
              <ClosingForm talkId={talk.id} version={talk.version} partnerName={partner.name} hints={guidance.close} />
            </TurnGuide>
          ) : (
            <>
              <h2 id="turn-heading" className="text-lg font-bold">
                {waitingFor(talk, me, partner.name)}
              </h2>
              {talk.listenerId === me && talk.phase === "speaking" ? (
                <p className="text-sm text-muted">{guidance.listener.waiting}</p>
              ) : null}
            </>
          )}
          {talk.bothHeard && talk.phase === "speaking" ? (
            <div className="flex flex-col gap-2 border-t border-line pt-4">
              <p className="text-sm text-muted">You have both spoken and been heard. Carry on, or close the talk.</p>
              <ActionButton action={takeTurnAction} fields={{ talkId: talk.id, kind: "close", version: String(talk.version) }}>
                Close the talk
              </ActionButton>
            </div>
          ) : null}
        </Card>
      )}

      {!talk.paused && talk.phase !== "closed" ? (
        <PauseForm talkId={talk.id} version={talk.version} options={breaks.options} defaultMessage={breaks.defaultMessage} />
      ) : null}

      {picks ? (
        <details className="rounded-2xl border border-line bg-white p-4">
          <summary className="cursor-pointer font-semibold">A hard moment? Words {partner.name} would welcome hearing</summary>
          <div className="mt-3">
            <SendRepair picks={picks} partnerName={partner.name} />
          </div>
        </details>
      ) : null}

      <details className="text-sm">
        <summary className="cursor-pointer font-semibold text-danger">Delete this talk</summary>
        <div className="mt-2 flex flex-col gap-2">
          <p className="text-muted">It will be gone for both of you: every turn and closing note. Agreements stay on your list.</p>
          <ActionButton action={deleteTalkAction} fields={{ talkId: talk.id }} variant="danger">
            Delete it for both of us
          </ActionButton>
        </div>
      </details>
    </TalkLive>
  );
}

const TURN_LABELS = {
  SHARE: "shared",
  REFLECT: "said back what they heard",
  CONFIRM: "said: “Yes, that's it”",
  NOT_QUITE: "said: “Not quite”",
  PAUSE: "asked for a break",
  RESUME: "resumed the talk",
} as const;

function waitingFor(
  talk: { phase: string; speakerId: string; listenerId: string; closedBy: string[] },
  me: string,
  partnerName: string,
): string {
  if (talk.phase === "closing") return `Waiting for ${partnerName}'s closing note.`;
  if (talk.phase === "reflecting") return `${partnerName} is saying back what they heard.`;
  if (talk.phase === "confirming") return `${partnerName} is reading what you said back.`;
  return talk.speakerId === me ? "Your turn to speak." : `${partnerName} is speaking. Listen first; your side comes when you swap.`;
}

/** The heading and guiding line of the viewer's move, above what they do in it. */
function TurnGuide({ step, children }: { step: { heading: string; guide: string }; children: ReactNode }) {
  return (
    <>
      <h2 id="turn-heading" className="text-lg font-bold">
        {step.heading}
      </h2>
      <p className="text-sm text-muted">{step.guide}</p>
      {children}
    </>
  );
}
