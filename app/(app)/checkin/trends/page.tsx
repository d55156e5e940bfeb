import type { Metadata } from "next";
import Link from "next/link";
import { TrendChart } from "@/components/checkins/trend-chart";
import { TurningToward } from "@/components/bids/turning-toward";
import { Card } from "@/components/ui/card";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { turningToward } from "@/lib/bids/service";
import { readingEachOther } from "@/lib/checkins/guesses";
import { getTrends } from "@/lib/checkins/service";
import { summarise, TREND_VIEWS, trendView } from "@/lib/checkins/trends";

export const metadata: Metadata = { title: "Trends" };

export default async function TrendsPage({ searchParams }: { searchParams: Promise<{ days?: string | string[] }> }) {
  const viewer = await requireOnboardedViewer();
  const days = trendView((await searchParams).days);
  const [series, reading, toward] = await Promise.all([getTrends(viewer, { days }), readingEachOther(viewer), turningToward(viewer)]);
  return (
    <>
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">The last {days} days</h1>
        <p className="text-muted">
          Daily averages of shared check-ins{viewer.couple ? `, yours and ${viewer.couple.partner.name}'s` : ""}. Private check-ins are
          never included.
        </p>
      </div>
      <nav aria-label="How far back" className="flex gap-2">
        {TREND_VIEWS.map((view) => (
          <Link
            key={view}
            href={`/checkin/trends?days=${view}`}
            aria-current={view === days ? "page" : undefined}
            className={`flex min-h-11 items-center rounded-full border px-4 text-sm font-semibold ${
              view === days ? "border-clay bg-clay text-white" : "border-line bg-white text-ink hover:bg-sand"
            }`}
          >
            {view} days
          </Link>
        ))}
      </nav>
      <Card aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="text-xl font-bold">
          In words
        </h2>
        {series.map((s) => (
          <p key={s.name} className="mt-2">
            <bdi>{s.name}</bdi> {summarise(s, days)}
          </p>
        ))}
      </Card>
      <Card className="flex flex-col gap-8">
        <TrendChart title="How pleasant" metric="pleasantness" series={series} />
        <TrendChart title="How much energy" metric="energy" series={series} />
      </Card>
      {viewer.couple ? (
        <Card aria-labelledby="reading-heading" className="flex flex-col gap-3">
          <h2 id="reading-heading" className="text-xl font-bold">
            How well you read each other
          </h2>
          <p className="text-sm text-muted">
            When <bdi>{viewer.couple.partner.name}</bdi> shares a check-in, Home asks you to guess their mood before you look. The last 30
            days:
          </p>
          <ul className="flex flex-col gap-2">
            {reading.map((r) => (
              <li key={r.name} className="flex flex-col gap-1">
                <span>
                  <strong>
                    <bdi>{r.name}</bdi>
                  </strong>
                  {r.guesses === 0
                    ? `: no guesses yet.`
                    : `: ${r.right} of ${r.guesses} ${r.guesses === 1 ? "guess" : "guesses"} in the right mood (${Math.round((100 * r.right) / r.guesses)}%).`}
                </span>
                {r.guesses > 0 ? (
                  <span aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-sand">
                    <span className="block h-full rounded-full bg-sage" style={{ width: `${(100 * r.right) / r.guesses}%` }} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {viewer.couple ? <TurningToward toward={toward} /> : null}
    </>
  );
}
