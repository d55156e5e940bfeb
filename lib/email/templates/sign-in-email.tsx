import { Text } from "@react-email/components";
import { EmailButton, emailColors, EmailLayout, FallbackLink, Panel, paragraph } from "./layout";

export type SignInEmailProps = { url: string; code: string | null; host: string; expiresInMinutes: number };

const codeStyle = {
  fontSize: 32,
  lineHeight: "40px",
  letterSpacing: "6px",
  fontWeight: 700,
  fontFamily: "ui-monospace, Menlo, Consolas, monospace",
  color: emailColors.ink,
  margin: "8px 0",
} as const;

export function SignInEmail({ url, code, host, expiresInMinutes }: SignInEmailProps) {
  return (
    <EmailLayout
      linkFrom={url}
      preview={code ? `Your code is ${code}, or use the link inside` : "Your link to sign in to Kindred"}
      footer={`You received this because someone asked to sign in to Kindred (${host}) with this address. If it was not you, you can ignore this email.`}
    >
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>Here is your link to sign in to Kindred. It works once and expires in {expiresInMinutes} minutes.</Text>
      <EmailButton href={url}>Sign in to Kindred</EmailButton>
      {code ? (
        <Panel background={emailColors.background}>
          <Text style={paragraph}>Using the Kindred app on your Home Screen? Type this code there instead:</Text>
          <Text style={codeStyle}>{code}</Text>
          <Text style={paragraph}>The link and the code work once between them: use whichever is easier.</Text>
        </Panel>
      ) : null}
      <FallbackLink href={url} lead="Or paste this address into your browser:" />
    </EmailLayout>
  );
}

SignInEmail.PreviewProps = {
  url: "http://localhost:3000/signin/confirm?callbackUrl=%2Fhome&token=preview&email=alex%40example.com",
  code: "482913",
  host: "localhost:3000",
  expiresInMinutes: 10,
} satisfies SignInEmailProps;
