import { Card } from "@/components/ui/card";
import { NewMark } from "@/components/ui/new-mark";
import { tapClass } from "@/components/ui/tap";
import { TapForm } from "@/components/ui/tap-form";
import { answerBidAction, sendBidAction } from "@/lib/bids/actions";
import { BIDS, bidKind } from "@/lib/bids/kinds";
import type { BidsView } from "@/lib/bids/service";
import { formatWhen } from "@/lib/time/format";

/**
 * Reaching out in one tap, and what came back: the partner's bids to answer
 * (one tap each), their answers to the viewer's, and the bids to choose from
 * (`chosen`, from the app's shortcut, comes first and stands out).
 */
export function ReachOutCard({
  view,
  partnerName,
  timeZone,
  chosen,
  now = new Date(),
}: {
  view: BidsView;
  partnerName: string;
  timeZone: string;
  chosen?: string;
  now?: Date;
}) {
  const first = BIDS.find((b) => b.id === chosen);
  const kinds = first ? [first, ...BIDS.filter((b) => b !== first)] : BIDS;
  return (
    <Card aria-labelledby="bids-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="bids-heading" className="text-xl font-bold">
          Reach out to <bdi>{partnerName}</bdi>
        </h2>
        <p className="mt-1 text-sm text-muted">One tap, and {partnerName} sees it. Small moments of turning toward each other add up.</p>
      </div>
      {view.received.length > 0 ? (
        <ul aria-label={`From ${partnerName}`} className="flex flex-col gap-2">
          {view.received.map((bid) => {
            const kind = bidKind(bid.kind);
            if (!kind) return null;
            return (
              <li key={bid.id} className="flex flex-col gap-2 rounded-lg bg-sage-light px-3 py-2">
                <div className="flex items-start justify-between gap-3">
                  <span>
                    <bdi>{partnerName}</bdi> {kind.sentence}.{" "}
                    <span className="text-sm text-muted">{formatWhen(bid.at, timeZone, now)}</span>
                  </span>
                  <NewMark isNew={bid.isNew} />
                </div>
                {bid.answered ? (
                  <p className="text-sm font-semibold text-sage">You answered: {kind.answer}</p>
                ) : (
                  <TapForm action={answerBidAction} legend={`Answer ${partnerName}`}>
                    <input type="hidden" name="bidId" value={bid.id} />
                    <button type="submit" className={tapClass(true)}>
                      {kind.answer}
                    </button>
                  </TapForm>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {view.answers.length > 0 ? (
        <ul aria-label={`${partnerName}'s answers`} className="flex flex-col gap-2">
          {view.answers.map((answer) => {
            const kind = bidKind(answer.kind);
            return kind ? (
              <li key={answer.id} className="flex items-start justify-between gap-3 rounded-lg bg-sand px-3 py-2">
                <span>
                  <bdi>{partnerName}</bdi> {kind.answered}.{" "}
                  <span className="text-sm text-muted">{formatWhen(answer.at, timeZone, now)}</span>
                </span>
                <NewMark isNew={answer.isNew} />
              </li>
            ) : null;
          })}
        </ul>
      ) : null}
      <TapForm action={sendBidAction} legend={`Reach out to ${partnerName}`} className="flex flex-wrap gap-2">
        {kinds.map((kind) => (
          <button key={kind.id} type="submit" name="kind" value={kind.id} className={tapClass(kind === first)}>
            {kind.label}
          </button>
        ))}
      </TapForm>
      {view.waiting.length > 0 ? (
        <p className="text-sm text-muted">
          Sent, not answered yet:{" "}
          {view.waiting.map((bid) => `${bidKind(bid.kind)?.label ?? bid.kind} (${formatWhen(bid.at, timeZone, now)})`).join(", ")}. No rush:{" "}
          {partnerName} can answer when they are free.
        </p>
      ) : null}
    </Card>
  );
}
