import { Text } from "@react-email/components";
import { EmailButton, EmailLayout, Name, paragraph } from "./layout";

export type PartnerEventEmailProps = {
  name: string;
  /** One sentence: who did what ("Sam responded to your check-in."). Never the words of a check-in or note. */
  message: string;
  /** What follows from it, when something does ("Your own check-ins … stay with you."). */
  detail?: string;
  buttonLabel: string;
  url: string;
  unsubscribe: { url: string; label: string };
};

/** Something your partner did that you would want to know about: a response to your check-in, an accepted invitation, an unlink. */
export function PartnerEventEmail({ name, message, detail, buttonLabel, url, unsubscribe }: PartnerEventEmailProps) {
  return (
    <EmailLayout linkFrom={url} preview={message} unsubscribe={unsubscribe}>
      <Text style={paragraph}>
        Hello <Name>{name}</Name>,
      </Text>
      <Text style={paragraph}>{message}</Text>
      {detail ? <Text style={paragraph}>{detail}</Text> : null}
      <EmailButton href={url}>{buttonLabel}</EmailButton>
    </EmailLayout>
  );
}

PartnerEventEmail.PreviewProps = {
  name: "Robin",
  message: "Sam sent you a hug for your check-in.",
  buttonLabel: "Open Kindred",
  url: "http://localhost:3000/home",
  unsubscribe: { url: "http://localhost:3000/unsubscribe?token=preview", label: "emails when your partner responds to a check-in" },
} satisfies PartnerEventEmailProps;
