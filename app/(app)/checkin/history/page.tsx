import type { Metadata } from "next";
import Link from "next/link";
import { CheckInCard, ResponsesReceived } from "@/components/checkins/check-in-card";
import { FormMessage } from "@/components/ui/field";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { listCheckIns } from "@/lib/checkins/service";

export const metadata: Metadata = { title: "Check-in history" };

export default async function HistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireOnboardedViewer();
  const params = await searchParams;
  const whose = params.whose === "partner" && viewer.couple ? "partner" : "mine";
  const page = Math.max(1, Math.min(1000, Number.parseInt(params.page ?? "1", 10) || 1));
  const { items, hasMore } = await listCheckIns(viewer, whose, page);
  const partner = viewer.couple?.partner;
  const tab = (value: "mine" | "partner", label: string) => (
    <Link
      href={`/checkin/history?whose=${value}`}
      aria-current={whose === value ? "page" : undefined}
      className={`rounded-full px-4 py-2 text-sm font-semibold ${whose === value ? "bg-clay text-white" : "bg-white text-ink"}`}
    >
      {label}
    </Link>
  );
  return (
    <>
      <h1 className="text-3xl font-bold">Check-in history</h1>
      {params.updated ? <FormMessage status="success" message="Check-in updated." /> : null}
      {params.deleted ? <FormMessage status="success" message="Check-in deleted." /> : null}
      <nav aria-label="Whose check-ins" className="flex gap-2">
        {tab("mine", "Mine")}
        {partner ? tab("partner", `${partner.name}'s`) : null}
      </nav>
      {items.length === 0 ? (
        <p className="text-muted">{whose === "mine" ? "No check-ins yet." : `${partner?.name} hasn't shared a check-in yet.`}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {items.map((checkIn) => (
            <li key={checkIn.id}>
              <CheckInCard
                checkIn={checkIn}
                timeZone={viewer.timeZone}
                editable={whose === "mine"}
                author={whose === "partner" ? partner?.name : undefined}
              >
                {whose === "mine" && partner ? (
                  <ResponsesReceived responses={checkIn.responses.filter((r) => r.responderId === partner.id)} partnerName={partner.name} />
                ) : null}
              </CheckInCard>
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Pages" className="flex justify-between">
        {page > 1 ? (
          <Link href={`/checkin/history?whose=${whose}&page=${page - 1}`} className="font-semibold text-clay-dark underline">
            ← Newer
          </Link>
        ) : (
          <span />
        )}
        {hasMore ? (
          <Link href={`/checkin/history?whose=${whose}&page=${page + 1}`} className="font-semibold text-clay-dark underline">
            Older →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
