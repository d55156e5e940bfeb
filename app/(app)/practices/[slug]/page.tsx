import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import Markdown from "react-markdown";
import { SwapPracticeButton } from "@/components/practices/practice-actions";
import { Card } from "@/components/ui/card";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { practiceBySlug } from "@/lib/practices/library";
import { getPracticeOfTheWeek } from "@/lib/practices/service";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: practiceBySlug((await params).slug)?.title ?? "Practice" };
}

export default async function PracticePage({ params }: { params: Promise<{ slug: string }> }) {
  const viewer = await requireOnboardedViewer();
  const practice = practiceBySlug((await params).slug);
  if (!practice) notFound();
  const current = await getPracticeOfTheWeek(viewer);
  const isCurrent = current.practice.slug === practice.slug;
  return (
    <>
      <Link href="/practices" className="text-sm font-semibold text-clay-dark underline">
        ← All practices
      </Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{practice.title}</h1>
        <p className="text-lg text-muted">{practice.summary}</p>
        <p className="text-sm text-muted">
          About {practice.minutes} minutes · {practice.tags.join(", ")}
        </p>
      </div>
      {isCurrent ? (
        <p className="rounded-xl bg-sage-light px-4 py-3 font-semibold text-sage">This is your practice of the week.</p>
      ) : current.canSwap ? (
        <SwapPracticeButton
          slug={practice.slug}
          label={viewer.couple ? "Make this our practice this week" : "Make this my practice this week"}
        />
      ) : (
        <p className="text-sm text-muted">
          This week&apos;s practice was already changed by {current.swappedBy}; you can choose again next week.
        </p>
      )}
      <Card className="practice-body flex flex-col gap-3 [&_h2]:mt-3 [&_h2]:text-xl [&_h2]:font-bold [&_li]:ml-5 [&_li]:list-disc [&_p]:leading-relaxed">
        <Markdown>{practice.body}</Markdown>
      </Card>
      <Card aria-labelledby="prompts-heading" className="flex flex-col gap-2">
        <h2 id="prompts-heading" className="text-xl font-bold">
          Note starters
        </h2>
        <ul className="flex flex-col gap-1">
          {practice.prompts.map((prompt) => (
            <li key={prompt} className="italic">
              {prompt}
            </li>
          ))}
        </ul>
      </Card>
      <Card aria-labelledby="conversation-heading" className="flex flex-col gap-2">
        <h2 id="conversation-heading" className="text-xl font-bold">
          To ask each other
        </h2>
        <ul className="ml-5 flex list-disc flex-col gap-1">
          {practice.conversation.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      </Card>
    </>
  );
}
