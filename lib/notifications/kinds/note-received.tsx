import { NoteReceivedEmail } from "@/lib/email/templates/note-received-email";
import { appUrl } from "@/lib/env";
import { emailBasics, partnerKind } from "./shared";

/**
 * "<partner> sent you a note", due when the unsend window closes (unsending
 * deletes the note and, by cascade, this row). Only while the note is unread
 * and still theirs to read (not after an unlink in the window).
 */
export const noteReceived = partnerKind({
  kind: "NOTE_RECEIVED",
  unsubscribe: "notes",
  load: (rows, db) =>
    db.note.findMany({
      where: { id: { in: rows.flatMap((r) => (r.noteId ? [r.noteId] : [])) } },
      select: { id: true, readAt: true, recipientId: true, coupleId: true, author: { select: { name: true } } },
    }),
  content(row, person, notes) {
    const note = notes.find((n) => n.id === row.noteId);
    if (!note || note.readAt || note.recipientId !== person.id || note.coupleId !== person.couple?.id) return null;
    const partnerName = note.author.name ?? "Your partner";
    const { name, headers, unsubscribe } = emailBasics(person, "notes");
    const url = `/notes/${note.id}`;
    return {
      email: {
        to: person.email,
        subject: `${partnerName} sent you a note`,
        headers,
        react: <NoteReceivedEmail name={name} partnerName={partnerName} noteUrl={`${appUrl()}${url}`} unsubscribeUrl={unsubscribe.url} />,
      },
      push: { title: `${partnerName} sent you a note`, body: "Open Kindred to read it.", url },
    };
  },
});
