import type { Metadata } from "next";
import { TrendChart, describe } from "@/components/checkins/trend-chart";
import { Card } from "@/components/ui/card";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { getTrends } from "@/lib/checkins/service";

export const metadata: Metadata = { title: "Trends" };

export default async function TrendsPage() {
  const viewer = await requireOnboardedViewer();
  const series = await getTrends(viewer);
  return (
    <>
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">The last 30 days</h1>
        <p className="text-muted">
          Daily averages of shared check-ins{viewer.couple ? `, yours and ${viewer.couple.partner.name}'s` : ""}. Private check-ins are
          never included.
        </p>
      </div>
      <Card className="flex flex-col gap-8">
        <TrendChart title="How pleasant" metric="pleasantness" series={series} />
        <TrendChart title="How much energy" metric="energy" series={series} />
      </Card>
      <Card aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="text-xl font-bold">
          In words
        </h2>
        <p className="mt-2">{describe(series, "pleasantness")}</p>
        <p className="mt-2">{describe(series, "energy")}</p>
      </Card>
    </>
  );
}
