import type { Visibility } from "@/lib/checkins/visibility";
import Link from "next/link";
import type { ReactNode } from "react";
import { NEEDS, feelingName, meaningOf, moodInWords, quadrantOf, vocabulary, type Quadrant } from "@/lib/checkins/mood";
import { RESPONSES } from "@/lib/checkins/responses";
import { formatWhen } from "@/lib/time/format";
import { SealedNote } from "@/components/vault/sealed-note";

const QUADRANT_STYLES: Record<Quadrant, string> = {
  energized: "bg-amber-100 text-amber-900 border-amber-300",
  tense: "bg-rose-100 text-rose-900 border-rose-300",
  low: "bg-sky-100 text-sky-900 border-sky-300",
  calm: "bg-emerald-100 text-emerald-900 border-emerald-300",
};

export type CheckInView = {
  id: string;
  pleasantness: number;
  energy: number;
  feeling: string | null;
  note: string | null;
  /** A private note encrypted in the author's browser: opened there, never here. */
  sealedNote: string | null;
  authorId: string;
  visibility: Visibility;
  need: keyof typeof NEEDS | null;
  createdAt: Date;
};

export function CheckInCard({
  checkIn,
  timeZone,
  author,
  editable = false,
  children,
}: {
  checkIn: CheckInView;
  timeZone: string;
  author?: string;
  editable?: boolean;
  children?: ReactNode;
}) {
  const quadrant = quadrantOf(checkIn.pleasantness, checkIn.energy);
  return (
    <article
      className="flex flex-col gap-2 rounded-xl border border-line bg-white p-4"
      aria-label={`${author ?? "Check-in"}: ${feelingName(checkIn)}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className={`rounded-full border px-3 py-1 text-sm font-bold ${QUADRANT_STYLES[quadrant]}`}>{feelingName(checkIn)}</span>
        {checkIn.feeling ? <span className="text-sm text-muted">{vocabulary[quadrant].label}</span> : null}
        {checkIn.visibility === "PRIVATE" ? (
          <span className="rounded-full bg-sand px-2.5 py-0.5 text-xs font-semibold">Private</span>
        ) : null}
      </div>
      <p className="text-sm text-muted">
        {author ? `${author} · ` : ""}
        <time dateTime={checkIn.createdAt.toISOString()}>{formatWhen(checkIn.createdAt, timeZone)}</time> ·{" "}
        {moodInWords(checkIn.pleasantness, checkIn.energy)}
      </p>
      {checkIn.feeling ? <p className="text-sm italic text-muted">{meaningOf(checkIn.feeling)}</p> : null}
      {checkIn.note ? <p className="whitespace-pre-wrap break-words">{checkIn.note}</p> : null}
      {checkIn.sealedNote ? <SealedNote sealed={checkIn.sealedNote} authorId={checkIn.authorId} /> : null}
      {checkIn.need ? (
        <p className="text-sm">
          <span className="font-semibold">What would help:</span> {NEEDS[checkIn.need].toLowerCase()}
        </p>
      ) : null}
      {children}
      {editable ? (
        <Link href={`/checkin/${checkIn.id}/edit`} className="self-start text-sm font-semibold text-clay-dark underline">
          Edit or delete
        </Link>
      ) : null}
    </article>
  );
}

export function ResponsesReceived({ responses, partnerName }: { responses: { kind: keyof typeof RESPONSES }[]; partnerName: string }) {
  if (responses.length === 0) return null;
  return (
    <p className="rounded-lg bg-sage-light px-3 py-2 text-sm font-semibold text-sage">
      <bdi>{partnerName}</bdi>: {responses.map((r) => RESPONSES[r.kind]).join(", ")}
    </p>
  );
}
