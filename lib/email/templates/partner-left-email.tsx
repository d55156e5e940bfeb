import { Text } from "@react-email/components";
import { EmailButton, EmailLayout, Name, paragraph } from "./layout";

export type PartnerLeftEmailProps = {
  recipientName: string;
  partnerName: string;
  reason: "unlinked" | "deleted";
  homeUrl: string;
  unsubscribe?: { url: string; label: string };
};

/** Tells a person their partner unlinked, or deleted their account (which unlinks too). */
export function PartnerLeftEmail({ recipientName, partnerName, reason, homeUrl, unsubscribe }: PartnerLeftEmailProps) {
  const what =
    reason === "unlinked"
      ? `${partnerName} unlinked your accounts on Kindred.`
      : `${partnerName} deleted their Kindred account, so your accounts are no longer linked.`;
  return (
    <EmailLayout linkFrom={homeUrl} preview={what} unsubscribe={unsubscribe}>
      <Text style={paragraph}>
        Hello <Name>{recipientName}</Name>,
      </Text>
      <Text style={paragraph}>{what}</Text>
      <Text style={paragraph}>
        Your own check-ins and the notes you wrote stay with you. <Name>{partnerName}</Name>&apos;s check-ins and notes are no longer shown
        to you. You can link with a partner again whenever you like.
      </Text>
      <EmailButton href={homeUrl}>Open Kindred</EmailButton>
    </EmailLayout>
  );
}

PartnerLeftEmail.PreviewProps = {
  recipientName: "Robin",
  partnerName: "Sam",
  reason: "unlinked",
  homeUrl: "http://localhost:3000/home",
} satisfies PartnerLeftEmailProps;
