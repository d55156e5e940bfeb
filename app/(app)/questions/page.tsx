import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { ArchiveQuerySchema } from "@/lib/questions/schema";
import { listAnswers } from "@/lib/questions/service";
import { formatDay } from "@/lib/time/format";

export const metadata: Metadata = { title: "Our answers" };

/** Every day's question the viewer answered, newest first, with both answers; a search over them. */
export default async function AnswersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireOnboardedViewer();
  const { q, page } = ArchiveQuerySchema.parse(await searchParams);
  const { days, hasMore } = await listAnswers(viewer, { q, page });
  const partner = viewer.couple?.partner;
  const link = (to: number) => `/questions?${new URLSearchParams({ ...(q ? { q } : {}), page: String(to) })}`;
  return (
    <>
      <h1 className="text-3xl font-bold">{partner ? "Our answers" : "My answers"}</h1>
      <form role="search" action="/questions" className="flex gap-2">
        <label htmlFor="answers-search" className="sr-only">
          Search the questions and answers
        </label>
        <input
          id="answers-search"
          name="q"
          type="search"
          defaultValue={q ?? ""}
          maxLength={100}
          placeholder="Search questions and answers"
          className="min-h-11 flex-1 rounded-xl border border-line bg-white px-3.5 text-base"
        />
        <button type="submit" className="min-h-11 rounded-full bg-clay px-5 font-semibold text-white">
          Search
        </button>
      </form>
      {days.length === 0 ? (
        <p className="text-muted">
          {q
            ? `Nothing matches “${q}”.`
            : "Answer today's question on Home and it will be kept here, with your partner's answer beside yours."}
        </p>
      ) : (
        <ol className="flex flex-col gap-3">
          {days.map((day) => (
            <li key={day.id}>
              <Card className="flex flex-col gap-3">
                <p className="text-sm text-muted">{formatDay(new Date(`${day.day}T12:00:00Z`), "UTC")}</p>
                <h2 className="font-serif text-xl leading-snug">{day.question}</h2>
                <div className="grid gap-2 sm:grid-cols-2">
                  <div className="rounded-xl bg-sand/60 p-3">
                    <p className="text-sm font-semibold text-muted">You</p>
                    <p className="whitespace-pre-line">{day.mine}</p>
                  </div>
                  {partner ? (
                    <div className="rounded-xl border border-line p-3">
                      <p className="text-sm font-semibold text-muted">
                        <bdi>{partner.name}</bdi>
                      </p>
                      <p className="whitespace-pre-line">{day.partner ?? <span className="text-muted">Didn&apos;t answer.</span>}</p>
                    </div>
                  ) : null}
                </div>
              </Card>
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Pages" className="flex justify-between">
        {page > 1 ? (
          <Link href={link(page - 1)} className="font-semibold text-clay-dark underline">
            Newer
          </Link>
        ) : (
          <span />
        )}
        {hasMore ? (
          <Link href={link(page + 1)} className="font-semibold text-clay-dark underline">
            Older
          </Link>
        ) : null}
      </nav>
    </>
  );
}
