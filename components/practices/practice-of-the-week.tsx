import Link from "next/link";
import { TriedToggle } from "@/components/practices/practice-actions";
import { Card } from "@/components/ui/card";
import type { PracticeOfTheWeek } from "@/lib/practices/service";

/** The practice of the week on home: what it is, this week's exercise, who tried it. */
export function PracticeOfTheWeekCard({ week, partnerName }: { week: PracticeOfTheWeek; partnerName: string | null }) {
  const { practice } = week;
  return (
    <Card aria-labelledby="practice-heading" className="flex flex-col gap-3">
      <p className="text-sm font-semibold uppercase tracking-wide text-sage">
        {partnerName ? "Your practice this week" : "My practice this week"}
      </p>
      <h2 id="practice-heading" className="text-xl font-bold">
        <Link href={`/practices/${practice.slug}`} className="hover:underline">
          {practice.title}
        </Link>
      </h2>
      <p className="text-muted">{practice.summary}</p>
      <div className="rounded-xl bg-sage-light p-4">
        <p className="text-sm font-bold text-sage">This week&apos;s small exercise</p>
        <p className="mt-1">{practice.exercise}</p>
      </div>
      {week.swappedBy ? <p className="text-sm text-muted">Chosen this week by {week.swappedBy}.</p> : null}
      <div className="flex flex-wrap items-center gap-4">
        <TriedToggle tried={week.triedByMe} />
        {partnerName ? (
          <p className="text-sm text-muted">
            <bdi>{partnerName}</bdi> {week.triedByPartner ? "tried it too." : "hasn't marked it yet."}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-4 text-sm font-semibold">
        <Link href={`/practices/${practice.slug}`} className="text-clay-dark underline">
          Read the practice
        </Link>
        {week.canSwap ? (
          <Link href="/practices" className="text-clay-dark underline">
            Choose a different one
          </Link>
        ) : null}
      </div>
    </Card>
  );
}
