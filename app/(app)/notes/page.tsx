import type { Metadata } from "next";
import Link from "next/link";
import { UnsendButton } from "@/components/notes/note-actions";
import { LazySealedWords } from "@/components/vault/lazy-sealed-words";
import { CoupleKeysProvider } from "@/components/vault/opened-couple-keys";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { firstLine } from "@/lib/notes/first-line";
import { listInbox, listSent } from "@/lib/notes/service";
import { getCoupleKeys } from "@/lib/vault/couple";
import { formatTime, formatWhen } from "@/lib/time/format";

export const metadata: Metadata = { title: "Notes" };

export default async function NotesPage({ searchParams }: { searchParams: Promise<{ tab?: string; sent?: string }> }) {
  const viewer = await requireOnboardedViewer();
  const [params, keys] = await Promise.all([searchParams, getCoupleKeys(viewer)]);
  const tab = params.tab === "sent" ? "sent" : "inbox";
  const partner = viewer.couple?.partner;
  const tabLink = (value: "inbox" | "sent", label: string) => (
    <Link
      href={`/notes?tab=${value}`}
      aria-current={tab === value ? "page" : undefined}
      className={`rounded-full px-4 py-2 text-sm font-semibold ${tab === value ? "bg-clay text-white" : "bg-white text-ink"}`}
    >
      {label}
    </Link>
  );
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">Notes</h1>
        {partner ? (
          <ButtonLink href="/notes/new">
            Write to <bdi>{partner.name}</bdi>
          </ButtonLink>
        ) : null}
      </div>
      {params.sent ? <FormMessage status="success" message={`Sent to ${partner?.name ?? "your partner"}.`} /> : null}
      {!partner ? (
        <Card>
          <p className="text-muted">
            Notes go to your partner.{" "}
            <Link href="/home" className="font-semibold text-clay-dark underline">
              Invite them from Home
            </Link>{" "}
            to start.
          </p>
        </Card>
      ) : null}
      <nav aria-label="Notes" className="flex gap-2">
        {tabLink("inbox", "Inbox")}
        {tabLink("sent", "Sent")}
      </nav>
      <CoupleKeysProvider userId={viewer.id} keys={keys}>
        {tab === "inbox" ? <Inbox viewer={viewer} /> : <Sent viewer={viewer} />}
      </CoupleKeysProvider>
    </>
  );
}

async function Inbox({ viewer }: { viewer: Awaited<ReturnType<typeof requireOnboardedViewer>> }) {
  const notes = await listInbox(viewer);
  if (notes.length === 0) return <p className="text-muted">No notes yet.</p>;
  return (
    <ol className="flex flex-col gap-3">
      {notes.map((note) => (
        <li key={note.id}>
          <Link
            href={`/notes/${note.id}`}
            prefetch={false}
            className={`flex flex-col gap-1 rounded-xl border p-4 hover:border-clay ${note.readAt ? "border-line bg-white" : "border-clay/50 bg-sand"}`}
          >
            <span className="flex items-center gap-2 text-sm text-muted">
              {note.readAt ? null : <span className="rounded-full bg-clay px-2 py-0.5 text-xs font-bold text-white">New</span>}
              From <bdi>{viewer.couple?.partner.name}</bdi> · {formatWhen(note.createdAt, viewer.timeZone)}
              {note.heartedAt ? <span aria-label="hearted">♥</span> : null}
            </span>
            <span className={note.readAt ? "" : "font-semibold"}>
              {note.sealedBody ? (
                <LazySealedWords
                  sealed={note.sealedBody}
                  coupleId={viewer.couple?.id ?? null}
                  purpose="couple-note"
                  firstLineOf={90}
                  unlockLink={false}
                />
              ) : (
                firstLine(note.body ?? "", 90)
              )}
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}

async function Sent({ viewer }: { viewer: Awaited<ReturnType<typeof requireOnboardedViewer>> }) {
  const notes = await listSent(viewer);
  if (notes.length === 0) return <p className="text-muted">You haven&apos;t written a note yet.</p>;
  return (
    <ol className="flex flex-col gap-3">
      {notes.map((note) => (
        <li key={note.id}>
          <article
            className="flex flex-col gap-2 rounded-xl border border-line bg-white p-4"
            aria-label={
              note.body === null
                ? `Sent note (encrypted), ${formatWhen(note.createdAt, viewer.timeZone)}`
                : `Sent note: ${firstLine(note.body, 40)}`
            }
          >
            <p className="text-sm text-muted">
              {formatWhen(note.createdAt, viewer.timeZone)} ·{" "}
              {note.readAt ? `Read ${formatWhen(note.readAt, viewer.timeZone)}` : "Not read yet"}
              {note.heartedAt ? " · ♥ hearted" : ""}
            </p>
            <p className="whitespace-pre-wrap break-words">
              {note.sealedBody ? <LazySealedWords sealed={note.sealedBody} coupleId={note.coupleId} purpose="couple-note" /> : note.body}
            </p>
            {note.reply || note.sealedReply ? (
              <p className="rounded-lg bg-sage-light px-3 py-2 text-sm">
                <span className="font-semibold">Reply:</span>{" "}
                {note.sealedReply ? (
                  <LazySealedWords sealed={note.sealedReply} coupleId={note.coupleId} purpose="couple-reply" />
                ) : (
                  note.reply
                )}
              </p>
            ) : null}
            {note.canUnsend ? (
              <div className="flex flex-wrap items-center gap-2">
                <UnsendButton noteId={note.id} />
                <span className="text-sm text-muted">
                  You can take it back until {formatTime(note.unsendUntil, viewer.timeZone)}, while it&apos;s unread.
                </span>
              </div>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
