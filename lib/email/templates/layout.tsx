import { Body, Button, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
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
  linkFrom,
}: {
  preview: string;
  children: ReactNode;
  footer?: ReactNode;
  /** Every email but sign-in carries a one-click unsubscribe link for its kind. */
  unsubscribe?: { url: string; label: string };
  /** Any absolute link of the email to Kindred: the footer's privacy link is made on the same site. */
  linkFrom: string;
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
          <Text style={{ fontSize: 12, lineHeight: "18px", color: emailColors.muted, margin: "8px 0 0" }}>
            <Link href={new URL("/privacy", linkFrom).toString()} style={{ color: emailColors.muted, textDecoration: "underline" }}>
              Who sees what: privacy
            </Link>
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

const buttonStyle = {
  backgroundColor: emailColors.accent,
  color: "#ffffff",
  borderRadius: 999,
  padding: "12px 24px",
  fontSize: 16,
  fontWeight: 700,
  textDecoration: "none",
  display: "inline-block",
} as const;

/** The one call to action of an email. */
export function EmailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Text style={{ margin: "0 0 20px" }}>
      <Button href={href} style={buttonStyle}>
        {children}
      </Button>
    </Text>
  );
}

/** The button's address written out, for clients that do not show buttons; long links wrap. */
export function FallbackLink({ href, lead }: { href: string; lead: string }) {
  return (
    <Text style={{ ...paragraph, fontSize: 13, color: emailColors.muted }}>
      {lead}{" "}
      <Link href={href} style={{ color: emailColors.accent, wordBreak: "break-all" }}>
        {href}
      </Link>
    </Text>
  );
}
