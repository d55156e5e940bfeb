import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, emailColors, paragraph } from "./layout";

export type SignInEmailProps = { url: string; host: string; expiresInHours: number };

export function SignInEmail({ url, host, expiresInHours }: SignInEmailProps) {
  return (
    <EmailLayout
      preview="Your link to sign in to Kindred"
      footer={`You received this because someone asked to sign in to Kindred (${host}) with this address. If it was not you, you can ignore this email.`}
    >
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>Here is your link to sign in to Kindred. It works once and expires in {expiresInHours} hours.</Text>
      <Text style={{ margin: "0 0 20px" }}>
        <Button href={url} style={buttonStyle}>
          Sign in to Kindred
        </Button>
      </Text>
      <Text style={{ ...paragraph, fontSize: 13, color: emailColors.muted }}>
        Or paste this address into your browser:{" "}
        <Link href={url} style={{ color: emailColors.accent, wordBreak: "break-all" }}>
          {url}
        </Link>
      </Text>
    </EmailLayout>
  );
}

SignInEmail.PreviewProps = {
  url: "http://localhost:3000/api/auth/callback/email?token=preview&email=alex%40example.com",
  host: "localhost:3000",
  expiresInHours: 24,
} satisfies SignInEmailProps;
