import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ComposeForm } from "@/components/notes/compose-form";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { getPracticeOfTheWeek } from "@/lib/practices/service";
import { questionOfAnswer } from "@/lib/questions/service";

export const metadata: Metadata = { title: "Write a note" };

/** `?about=<answer id>`: "Tell me more" about the partner's answer to a day's question, quoting it. */
export default async function NewNotePage({ searchParams }: { searchParams: Promise<{ about?: string }> }) {
  const viewer = await requireOnboardedViewer();
  if (!viewer.couple) redirect("/notes");
  const { about } = await searchParams;
  const [{ practice }, question] = await Promise.all([
    getPracticeOfTheWeek(viewer),
    about ? questionOfAnswer(viewer, about.slice(0, 40)).catch(() => null) : null,
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold">
        A note for <bdi>{viewer.couple.partner.name}</bdi>
      </h1>
      <ComposeForm
        partnerName={viewer.couple.partner.name}
        prompts={practice.prompts}
        practiceTitle={practice.title}
        initial={question ? { prompt: question, body: `About “${question}”: tell me more about your answer. ` } : undefined}
      />
    </>
  );
}
