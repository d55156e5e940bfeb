import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export const emailColors = {
  background: "#fbf6f1",
  card: "#ffffff",
  ink: "#3b2a24",
  muted: "#7a6259",
  accent: "#b4533c",
};

/** The frame every Kindred email shares: warm background, one card, a quiet footer. */
export function EmailLayout({
  preview,
  children,
  footer,
  unsubscribe,
}: {
  preview: string;
  children: ReactNode;
  footer?: ReactNode;
  /** Every email but sign-in carries a one-click unsubscribe link for its kind. */
  unsubscribe?: { url: string; label: string };
}) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body
        style={{
          backgroundColor: emailColors.background,
          fontFamily: "Georgia, 'Times New Roman', serif",
          color: emailColors.ink,
          margin: 0,
          padding: "24px 0",
        }}
      >
        <Container style={{ maxWidth: 520, margin: "0 auto", padding: "0 16px" }}>
          <Text style={{ fontSize: 20, fontWeight: 700, color: emailColors.accent, margin: "0 0 16px" }}>Kindred</Text>
          <Section style={{ backgroundColor: emailColors.card, borderRadius: 16, padding: "24px 24px 8px" }}>{children}</Section>
          <Hr style={{ borderColor: "#eadfd6", margin: "24px 0 12px" }} />
          <Text style={{ fontSize: 12, lineHeight: "18px", color: emailColors.muted, margin: 0 }}>
            {footer ?? "Kindred helps two partners practise empathy and kindness together, a little every day."}
          </Text>
          {unsubscribe ? (
            <Text style={{ fontSize: 12, lineHeight: "18px", color: emailColors.muted, margin: "8px 0 0" }}>
              <Link href={unsubscribe.url} style={{ color: emailColors.muted, textDecoration: "underline" }}>
                Unsubscribe from {unsubscribe.label}
              </Link>
            </Text>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
}

export const paragraph = { fontSize: 16, lineHeight: "24px", margin: "0 0 16px" } as const;

export const buttonStyle = {
  backgroundColor: emailColors.accent,
  color: "#ffffff",
  borderRadius: 999,
  padding: "12px 24px",
  fontSize: 16,
  fontWeight: 700,
  textDecoration: "none",
  display: "inline-block",
} as const;
