import { Text } from "@react-email/components";
import { EmailButton, EmailLayout, FallbackLink, paragraph } from "./layout";

export type SignInEmailProps = { url: string; host: string; expiresInHours: number };

export function SignInEmail({ url, host, expiresInHours }: SignInEmailProps) {
  return (
    <EmailLayout
      linkFrom={url}
      preview="Your link to sign in to Kindred"
      footer={`You received this because someone asked to sign in to Kindred (${host}) with this address. If it was not you, you can ignore this email.`}
    >
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>Here is your link to sign in to Kindred. It works once and expires in {expiresInHours} hours.</Text>
      <EmailButton href={url}>Sign in to Kindred</EmailButton>
      <FallbackLink href={url} lead="Or paste this address into your browser:" />
    </EmailLayout>
  );
}

SignInEmail.PreviewProps = {
  url: "http://localhost:3000/api/auth/callback/email?token=preview&email=alex%40example.com",
  host: "localhost:3000",
  expiresInHours: 24,
} satisfies SignInEmailProps;
