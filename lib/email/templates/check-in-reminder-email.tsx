import { Text } from "@react-email/components";
import { EmailButton, EmailLayout, Name, paragraph } from "./layout";

export type CheckInReminderEmailProps = { name: string; partnerName: string | null; checkInUrl: string; unsubscribeUrl: string };

export function CheckInReminderEmail({ name, partnerName, checkInUrl, unsubscribeUrl }: CheckInReminderEmailProps) {
  return (
    <EmailLayout
      linkFrom={checkInUrl}
      preview="How are you feeling today?"
      unsubscribe={{ url: unsubscribeUrl, label: "daily check-in reminders" }}
    >
      <Text style={paragraph}>
        Hello <Name>{name}</Name>,
      </Text>
      <Text style={paragraph}>
        How are you feeling today? Two taps is all it takes{partnerName ? `, and ${partnerName} will know what you're carrying` : ""}. You
        can keep it private too.
      </Text>
      <EmailButton href={checkInUrl}>Check in</EmailButton>
    </EmailLayout>
  );
}

CheckInReminderEmail.PreviewProps = {
  name: "Robin",
  partnerName: "Sam",
  checkInUrl: "http://localhost:3000/checkin",
  unsubscribeUrl: "http://localhost:3000/unsubscribe?token=preview",
} satisfies CheckInReminderEmailProps;
