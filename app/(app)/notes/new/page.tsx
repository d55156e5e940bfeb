import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ComposeForm } from "@/components/notes/compose-form";
import { CoupleKeysProvider } from "@/components/vault/opened-couple-keys";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { getPracticeOfTheWeek } from "@/lib/practices/service";
import { questionOfAnswer } from "@/lib/questions/service";
import { getCoupleKeys, sealingCoupleId } from "@/lib/vault/couple";

export const metadata: Metadata = { title: "Write a note" };

/** `?about=<answer id>`: "Tell me more" about the partner's answer to a day's question, quoting it. */
export default async function NewNotePage({ searchParams }: { searchParams: Promise<{ about?: string }> }) {
  const viewer = await requireOnboardedViewer();
  if (!viewer.couple) redirect("/notes");
  const { about } = await searchParams;
  const couple = viewer.couple;
  const [{ practice }, question, keys] = await Promise.all([
    getPracticeOfTheWeek(viewer),
    about ? questionOfAnswer(viewer, about.slice(0, 40)).catch(() => null) : null,
    getCoupleKeys(viewer),
  ]);
  return (
    <CoupleKeysProvider userId={viewer.id} keys={keys}>
      <h1 className="text-3xl font-bold">
        A note for <bdi>{couple.partner.name}</bdi>
      </h1>
      <ComposeForm
        partnerName={couple.partner.name}
        prompts={practice.prompts}
        practiceTitle={practice.title}
        initial={question ? { prompt: question, body: `About “${question}”: tell me more about your answer. ` } : undefined}
        sealFor={sealingCoupleId(viewer, keys)}
      />
    </CoupleKeysProvider>
  );
}
