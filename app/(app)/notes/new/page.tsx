import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ComposeForm } from "@/components/notes/compose-form";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { getPracticeOfTheWeek } from "@/lib/practices/service";

export const metadata: Metadata = { title: "Write a note" };

export default async function NewNotePage() {
  const viewer = await requireOnboardedViewer();
  if (!viewer.couple) redirect("/notes");
  const { practice } = await getPracticeOfTheWeek(viewer);
  return (
    <>
      <h1 className="text-3xl font-bold">
        A note for <bdi>{viewer.couple.partner.name}</bdi>
      </h1>
      <ComposeForm partnerName={viewer.couple.partner.name} prompts={practice.prompts} practiceTitle={practice.title} />
    </>
  );
}
