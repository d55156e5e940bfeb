import { Text } from "@react-email/components";
import { EmailButton, EmailLayout, FallbackLink, Name, paragraph } from "./layout";

export type InviteEmailProps = { inviterName: string; url: string; code: string; expiresOn: string };

export function InviteEmail({ inviterName, url, code, expiresOn }: InviteEmailProps) {
  return (
    <EmailLayout
      linkFrom={url}
      preview={`${inviterName} invited you to Kindred`}
      footer="You received this because someone entered your address to invite you to Kindred. If you don't know them, you can ignore this email."
    >
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        <Name>{inviterName}</Name> invited you to Kindred, a small space for two partners to check in with how they feel, thank each other
        more often and practise empathy together, a few minutes a day.
      </Text>
      <EmailButton href={url}>
        Accept <Name>{inviterName}</Name>&apos;s invite
      </EmailButton>
      <Text style={{ ...paragraph, fontSize: 14 }}>
        Or enter this code in Kindred: <strong style={{ letterSpacing: 2 }}>{code}</strong>. The invite works once and expires on{" "}
        {expiresOn}.
      </Text>
      <FallbackLink href={url} lead="Link:" />
    </EmailLayout>
  );
}

InviteEmail.PreviewProps = {
  inviterName: "Sam",
  url: "http://localhost:3000/invite/preview-token",
  code: "7KQ2M-X9PDA",
  expiresOn: "29 November 2026",
} satisfies InviteEmailProps;
