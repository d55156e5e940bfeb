import { Card } from "@/components/ui/card";

/**
 * How often the two of them answered each other's bids in the last 30 days:
 * one figure for the couple, said kindly, never who answered less.
 */
export function TurningToward({ toward }: { toward: { bids: number; answered: number } }) {
  const { bids, answered } = toward;
  const share = bids > 0 ? Math.round((100 * answered) / bids) : 0;
  return (
    <Card aria-labelledby="toward-heading" className="flex flex-col gap-3">
      <h2 id="toward-heading" className="text-xl font-bold">
        Turning toward each other
      </h2>
      {bids === 0 ? (
        <p className="text-muted">No bids in the last 30 days yet. A &ldquo;thinking of you&rdquo; is a good place to start.</p>
      ) : (
        <>
          <p>
            In the last 30 days you reached out to each other {bids === 1 ? "once" : `${bids} times`}, and {answered} of those{" "}
            {answered === 1 ? "was" : "were"} answered ({share}%).
          </p>
          <span aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-sand">
            <span className="block h-full rounded-full bg-sage" style={{ width: `${share}%` }} />
          </span>
          <p className="text-sm text-muted">
            Every answer is a small turn toward each other. A bid not answered is not a failure: a busy day is a busy day.
          </p>
        </>
      )}
    </Card>
  );
}
