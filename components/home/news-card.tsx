import Link from "next/link";
import { Card } from "@/components/ui/card";
import { NewMark } from "@/components/ui/new-mark";
import { responseSentence } from "@/lib/checkins/responses";
import type { HomeNews } from "@/lib/home/news";
import { dayInWords } from "@/lib/time/format";

/** What the partner did for the viewer this week: accepting the invitation, answering their check-ins. */
export function NewsCard({
  news,
  partnerName,
  timeZone,
  now = new Date(),
}: {
  news: HomeNews;
  partnerName: string;
  timeZone: string;
  now?: Date;
}) {
  if (!news.accepted && news.responses.length === 0) return null;
  return (
    <Card aria-labelledby="news-heading" className="flex flex-col gap-3">
      <h2 id="news-heading" className="text-lg font-bold">
        From <bdi>{partnerName}</bdi>
      </h2>
      <ul className="flex flex-col gap-2">
        {news.accepted ? (
          <li className="flex items-start justify-between gap-3 rounded-lg bg-sage-light px-3 py-2">
            <span>
              <bdi>{partnerName}</bdi> accepted your invitation {dayInWords(news.accepted.at, timeZone, now)}. You can see each other&apos;s
              shared check-ins and notes now.
            </span>
            <NewMark isNew={news.accepted.isNew} />
          </li>
        ) : null}
        {news.responses.map((response) => (
          <li key={response.id} className="flex items-start justify-between gap-3 rounded-lg bg-sage-light px-3 py-2">
            <span>
              <bdi>{partnerName}</bdi> {responseSentence(response.kind, dayInWords(response.checkIn.createdAt, timeZone, now))}.
              {response.kind === "WANT_TO_TALK" ? (
                <>
                  {" "}
                  <Link href="/talk" className="font-semibold text-clay-dark underline">
                    Talk it through
                  </Link>
                </>
              ) : null}
            </span>
            <NewMark isNew={response.isNew} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
