import type { Metadata } from "next";
import { after } from "next/server";
import { ApologyList } from "@/components/repair/apology-list";
import { OwnPhraseForm } from "@/components/repair/own-phrase-form";
import { ReceivedRepairs } from "@/components/repair/received-repairs";
import { SendRepair } from "@/components/repair/send-repair";
import { ActionButton } from "@/components/ui/action-button";
import { ButtonLink } from "@/components/ui/button-link";
import { FormMessage } from "@/components/ui/field";
import { Card } from "@/components/ui/card";
import { TapForm } from "@/components/ui/tap-form";
import { tapClass } from "@/components/ui/tap";
import { formatWhen } from "@/lib/time/format";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { removePickAction, setPickPrivacyAction, togglePhraseAction } from "@/lib/repair/actions";
import { REPAIR_GROUPS } from "@/lib/repair/phrases";
import { OWN_PHRASE_MAX } from "@/lib/repair/schema";
import { listApologies, markApologiesSeen } from "@/lib/repair/apologies";
import { getRepairList, markRepairsSeen } from "@/lib/repair/service";

export const metadata: Metadata = { title: "Our repair list" };

/**
 * The couple's repair list: the words each would welcome hearing when things
 * are tense. The partner's shared ones can be sent in one tap; the viewer's
 * own are picked from our phrases or written, shared or kept private.
 */
export default async function RepairPage({ searchParams }: { searchParams: Promise<{ apologised?: string }> }) {
  const viewer = await requireOnboardedViewer();
  const [list, apologies, params] = await Promise.all([getRepairList(viewer), listApologies(viewer), searchParams]);
  const partner = viewer.couple?.partner ?? null;
  const picked = new Set(list.mine.flatMap((p) => (p.phraseId ? [p.phraseId] : [])));
  after(() => Promise.all([markRepairsSeen(viewer, list), markApologiesSeen(viewer, apologies)]));
  return (
    <>
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">{partner ? "Our repair list" : "My repair list"}</h1>
        <p className="text-muted">
          When things get tense, the right few words help you find each other again. Pick the ones you&apos;d welcome hearing
          {partner ? `; ${partner.name} picks theirs. In a hard moment, send one of theirs in one tap.` : "."}
        </p>
      </div>

      {partner && list.received.length > 0 ? (
        <Card aria-labelledby="received-heading" className="flex flex-col gap-3">
          <h2 id="received-heading" className="text-xl font-bold">
            From <bdi>{partner.name}</bdi>
          </h2>
          <ReceivedRepairs received={list.received} partnerName={partner.name} timeZone={viewer.timeZone} />
        </Card>
      ) : null}

      {partner ? (
        <Card aria-labelledby="partner-list-heading" className="flex flex-col gap-3">
          <h2 id="partner-list-heading" className="text-xl font-bold">
            What <bdi>{partner.name}</bdi> would welcome hearing
          </h2>
          <SendRepair picks={list.partners} partnerName={partner.name} />
          {list.sent.length > 0 ? (
            <div className="flex flex-col gap-1 text-sm text-muted">
              <h3 className="font-semibold text-ink">You sent lately</h3>
              <ul aria-label={`You sent ${partner.name} lately`} className="flex flex-col gap-1">
                {list.sent.map((repair) => (
                  <li key={repair.id}>
                    &ldquo;{repair.words}&rdquo; · {formatWhen(repair.at, viewer.timeZone)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </Card>
      ) : null}

      {partner ? (
        <Card id="apologies" aria-labelledby="apologies-heading" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="apologies-heading" className="text-xl font-bold">
              Apologies
            </h2>
            <ButtonLink href="/repair/apology" className="min-h-10 px-4 py-2 text-sm">
              Write an apology
            </ButtonLink>
          </div>
          {params.apologised ? (
            <FormMessage status="success" message={`Sent to ${partner.name}. They can answer when they're ready.`} />
          ) : null}
          <ApologyList apologies={apologies} partnerName={partner.name} timeZone={viewer.timeZone} />
        </Card>
      ) : null}

      <Card aria-labelledby="my-list-heading" className="flex flex-col gap-3">
        <h2 id="my-list-heading" className="text-xl font-bold">
          What I&apos;d welcome hearing
        </h2>
        {list.mine.length === 0 ? (
          <p className="text-muted">Nothing yet. Tap the phrases below that would help you, or add your own.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {list.mine.map((pick) => (
              <li
                key={pick.id}
                className="flex flex-col gap-2 rounded-xl border border-line px-3 py-2 sm:flex-row sm:items-center sm:justify-between"
              >
                <span>
                  {pick.words}{" "}
                  <span
                    className={`ml-1 rounded-full px-2 py-0.5 text-xs font-bold ${pick.private ? "bg-sand text-ink" : "bg-sage-light text-sage"}`}
                  >
                    {pick.private ? "Only me" : partner ? `Shared with ${partner.name}` : "Shared"}
                  </span>
                </span>
                <span className="flex shrink-0 flex-wrap gap-2">
                  <ActionButton
                    action={setPickPrivacyAction}
                    fields={{ pickId: pick.id, private: String(!pick.private) }}
                    className="min-h-10 px-3 py-1.5 text-sm"
                  >
                    {pick.private ? "Share it" : "Keep to myself"}
                  </ActionButton>
                  <ActionButton action={removePickAction} fields={{ pickId: pick.id }} className="min-h-10 px-3 py-1.5 text-sm">
                    Remove<span className="sr-only">: {pick.words}</span>
                  </ActionButton>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card aria-labelledby="phrases-heading" className="flex flex-col gap-4">
        <div>
          <h2 id="phrases-heading" className="text-xl font-bold">
            Our phrases
          </h2>
          <p className="mt-1 text-sm text-muted">Tap one to put it on your list; tap again to take it off.</p>
        </div>
        {REPAIR_GROUPS.map((group) => (
          <TapForm key={group.id} action={togglePhraseAction} legend={group.title} className="flex flex-col gap-2">
            <h3 className="font-semibold" aria-hidden="true">
              {group.title}
            </h3>
            <div className="flex flex-wrap gap-2">
              {group.phrases.map((phrase) => (
                <button
                  key={phrase.id}
                  type="submit"
                  name="phraseId"
                  value={phrase.id}
                  aria-pressed={picked.has(phrase.id)}
                  className={tapClass(picked.has(phrase.id), "block")}
                >
                  {phrase.text}
                </button>
              ))}
            </div>
          </TapForm>
        ))}
      </Card>

      <Card aria-labelledby="own-heading" className="flex flex-col gap-3">
        <h2 id="own-heading" className="text-xl font-bold">
          In your own words
        </h2>
        <OwnPhraseForm partnerName={partner?.name ?? null} max={OWN_PHRASE_MAX} />
      </Card>
    </>
  );
}
