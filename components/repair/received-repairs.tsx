import { NewMark } from "@/components/ui/new-mark";
import type { RepairList } from "@/lib/repair/service";
import { formatWhen } from "@/lib/time/format";

/** The phrases the partner sent the viewer lately, in their words' own quotes. */
export function ReceivedRepairs({
  received,
  partnerName,
  timeZone,
  now = new Date(),
}: {
  received: RepairList["received"];
  partnerName: string;
  timeZone: string;
  now?: Date;
}) {
  if (received.length === 0) return null;
  return (
    <ul aria-label={`Sent to you by ${partnerName}`} className="flex flex-col gap-2">
      {received.map((repair) => (
        <li key={repair.id} className="flex items-start justify-between gap-3 rounded-lg bg-sage-light px-3 py-2">
          <span>
            <bdi>{partnerName}</bdi>: &ldquo;{repair.words}&rdquo;{" "}
            <span className="text-sm text-muted">{formatWhen(repair.at, timeZone, now)}</span>
          </span>
          <NewMark isNew={repair.isNew} />
        </li>
      ))}
    </ul>
  );
}
