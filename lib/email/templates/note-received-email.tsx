import { Text } from "@react-email/components";
import { EmailButton, EmailLayout, Name, paragraph } from "./layout";

export type NoteReceivedEmailProps = { name: string; partnerName: string; noteUrl: string; unsubscribeUrl: string };

/** The note itself stays in Kindred: the email only says one is waiting. */
export function NoteReceivedEmail({ name, partnerName, noteUrl, unsubscribeUrl }: NoteReceivedEmailProps) {
  return (
    <EmailLayout
      linkFrom={noteUrl}
      preview={`${partnerName} sent you a note`}
      unsubscribe={{ url: unsubscribeUrl, label: "emails about notes from your partner" }}
    >
      <Text style={paragraph}>
        Hello <Name>{name}</Name>,
      </Text>
      <Text style={paragraph}>
        <Name>{partnerName}</Name> wrote you a note of appreciation. It&apos;s waiting for you in Kindred.
      </Text>
      <EmailButton href={noteUrl}>
        Read <Name>{partnerName}</Name>&apos;s note
      </EmailButton>
    </EmailLayout>
  );
}

NoteReceivedEmail.PreviewProps = {
  name: "Robin",
  partnerName: "Sam",
  noteUrl: "http://localhost:3000/notes",
  unsubscribeUrl: "http://localhost:3000/unsubscribe?token=preview",
} satisfies NoteReceivedEmailProps;
