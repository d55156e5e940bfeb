import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { NewMark } from "@/components/ui/new-mark";
import { TapForm } from "@/components/ui/tap-form";
import { tapClass } from "@/components/ui/tap";
import { answerApologyAction, deleteApologyAction } from "@/lib/repair/actions";
import { APOLOGY_ANSWERS } from "@/lib/repair/apology";
import type { ApologyView } from "@/lib/repair/apologies";
import { formatDay, formatWhen } from "@/lib/time/format";

function answerLine(apology: ApologyView, partnerName: string): string | null {
  if (!apology.answer) return apology.mine ? `Waiting for ${partnerName}'s answer. There is no hurry.` : null;
  if (apology.mine) {
    if (apology.answer === "FORGIVE") return `${partnerName}: “${APOLOGY_ANSWERS.FORGIVE}”.`;
    if (apology.answer === "NEED_TIME") return `${partnerName} asked for a little time. Be gentle with each other meanwhile.`;
    return `${partnerName} would like to talk it through.`;
  }
  if (apology.answer === "FORGIVE") return `You answered: “${APOLOGY_ANSWERS.FORGIVE}”.`;
  if (apology.answer === "NEED_TIME") return "You asked for a little time. Answer whenever you're ready.";
  return "You asked to talk it through.";
}

/** The couple's apologies, each in its four parts, with the recipient's answer buttons and the author's delete. */
export function ApologyList({
  apologies,
  partnerName,
  timeZone,
  now = new Date(),
}: {
  apologies: ApologyView[];
  partnerName: string;
  timeZone: string;
  now?: Date;
}) {
  if (apologies.length === 0) return <p className="text-muted">No apologies yet. When one is needed, it starts here.</p>;
  return (
    <ul className="flex flex-col gap-4">
      {apologies.map((apology) => {
        const line = answerLine(apology, partnerName);
        const open = !apology.mine && (apology.answer === null || apology.answer === "NEED_TIME");
        return (
          <li key={apology.id}>
            <article
              aria-label={
                apology.mine
                  ? `Your apology of ${formatDay(apology.at, timeZone)}`
                  : `${partnerName}'s apology of ${formatDay(apology.at, timeZone)}`
              }
              className="flex flex-col gap-2 rounded-xl border border-line p-4"
            >
              <div className="flex items-start justify-between gap-3">
                <p className="text-sm font-semibold text-muted">
                  {apology.mine ? (
                    <>
                      You to <bdi>{partnerName}</bdi>
                    </>
                  ) : (
                    <>
                      From <bdi>{partnerName}</bdi>
                    </>
                  )}{" "}
                  · {formatWhen(apology.at, timeZone, now)}
                </p>
                <NewMark isNew={apology.isNew} />
              </div>
              <dl className="flex flex-col gap-2">
                <div>
                  <dt className="text-sm font-semibold">What happened</dt>
                  <dd className="whitespace-pre-line">{apology.happened}</dd>
                </div>
                <div>
                  <dt className="text-sm font-semibold">How it affected {apology.mine ? partnerName : "you"}</dt>
                  <dd className="whitespace-pre-line">{apology.effect}</dd>
                </div>
                <div>
                  <dt className="text-sm font-semibold">What will be different</dt>
                  <dd className="whitespace-pre-line">{apology.change}</dd>
                </div>
              </dl>
              <p className="whitespace-pre-line italic">{apology.ask}</p>
              {line ? <p className="font-semibold text-sage">{line}</p> : null}
              {apology.talkId ? (
                <Link href={`/talk/${apology.talkId}`} className="font-semibold text-clay-dark underline">
                  Open the talk
                </Link>
              ) : null}
              {open ? (
                <TapForm action={answerApologyAction} legend={`Answer ${partnerName}'s apology`} className="flex flex-wrap gap-2">
                  <input type="hidden" name="apologyId" value={apology.id} />
                  {(Object.keys(APOLOGY_ANSWERS) as (keyof typeof APOLOGY_ANSWERS)[])
                    .filter((answer) => answer !== apology.answer)
                    .map((answer) => (
                      <button key={answer} type="submit" name="answer" value={answer} className={tapClass(false)}>
                        {APOLOGY_ANSWERS[answer]}
                      </button>
                    ))}
                </TapForm>
              ) : null}
              {apology.mine ? (
                <details className="text-sm">
                  <summary className="cursor-pointer font-semibold text-danger">Delete this apology</summary>
                  <div className="mt-2 flex flex-col gap-2">
                    <p className="text-muted">It will be gone for both of you, with its answer.</p>
                    <ActionButton action={deleteApologyAction} fields={{ apologyId: apology.id }} variant="danger">
                      Delete it for both of us
                    </ActionButton>
                  </div>
                </details>
              ) : null}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
