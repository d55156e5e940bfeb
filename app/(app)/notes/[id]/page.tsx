import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HeartButton } from "@/components/notes/note-actions";
import { ReplyForm } from "@/components/notes/reply-form";
import { Card } from "@/components/ui/card";
import { LazySealedWords } from "@/components/vault/lazy-sealed-words";
import { CoupleKeysProvider } from "@/components/vault/opened-couple-keys";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import { openNote } from "@/lib/notes/service";
import { formatWhen } from "@/lib/time/format";
import { getCoupleKeys, sealingCoupleId } from "@/lib/vault/couple";

export const metadata: Metadata = { title: "Note" };

export default async function NotePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireOnboardedViewer();
  const [note, keys] = await Promise.all([
    openNote(viewer, (await params).id).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    getCoupleKeys(viewer),
  ]);
  const couple = viewer.couple!;
  const partner = couple.partner.name;
  return (
    <CoupleKeysProvider userId={viewer.id} keys={keys}>
      <Link href="/notes" className="text-sm font-semibold text-clay-dark underline">
        ← Inbox
      </Link>
      <Card className="flex flex-col gap-4">
        <p className="text-sm text-muted">
          From {partner} · {formatWhen(note.createdAt, viewer.timeZone)}
        </p>
        {note.prompt ? <p className="text-sm italic text-muted">Started from “{note.prompt}”</p> : null}
        <p className="whitespace-pre-wrap break-words font-serif text-xl leading-relaxed">
          {note.sealedBody ? <LazySealedWords sealed={note.sealedBody} coupleId={couple.id} purpose="couple-note" /> : note.body}
        </p>
        <HeartButton noteId={note.id} hearted={Boolean(note.heartedAt)} />
      </Card>
      <Card className="flex flex-col gap-3">
        {note.reply || note.sealedReply ? (
          <p>
            <span className="font-semibold">Your reply:</span>{" "}
            {note.sealedReply ? <LazySealedWords sealed={note.sealedReply} coupleId={couple.id} purpose="couple-reply" /> : note.reply}
          </p>
        ) : (
          <ReplyForm noteId={note.id} sealFor={sealingCoupleId(viewer, keys)} />
        )}
      </Card>
    </CoupleKeysProvider>
  );
}
