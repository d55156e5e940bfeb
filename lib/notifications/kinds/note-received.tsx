import { NoteReceivedEmail } from "@/lib/email/templates/note-received-email";
import { appUrl } from "@/lib/env";
import type { Content, NotificationKindModule } from "../types";
import { emailBasics } from "./shared";

/**
 * "<partner> sent you a note", due when the unsend window closes (unsending
 * deletes the note and, by cascade, this row). Only while the note is unread
 * and still theirs to read (not after an unlink in the window).
 */
export const noteReceived: NotificationKindModule = {
  kind: "NOTE_RECEIVED",
  channels: ["EMAIL", "PUSH"],
  followsPreference: true,
  respectsQuietHours: true,
  unsubscribe: "notes",
  async compose(rows, { db, recipients }) {
    const notes = await db.note.findMany({
      where: { id: { in: rows.flatMap((r) => (r.noteId ? [r.noteId] : [])) } },
      select: { id: true, readAt: true, recipientId: true, coupleId: true, author: { select: { name: true } } },
    });
    const contents = new Map<string, Content>();
    for (const row of rows) {
      const person = recipients.get(row.userId);
      const note = notes.find((n) => n.id === row.noteId);
      if (!person || !note || note.readAt || note.recipientId !== person.id || note.coupleId !== person.couple?.id) continue;
      const partnerName = note.author.name ?? "Your partner";
      const { name, headers, unsubscribe } = emailBasics(person, "notes");
      const url = `/notes/${note.id}`;
      contents.set(row.id, {
        email: {
          to: person.email,
          subject: `${partnerName} sent you a note`,
          headers,
          react: <NoteReceivedEmail name={name} partnerName={partnerName} noteUrl={`${appUrl()}${url}`} unsubscribeUrl={unsubscribe.url} />,
        },
        push: { title: `${partnerName} sent you a note`, body: "Open Kindred to read it.", url },
      });
    }
    return contents;
  },
};
