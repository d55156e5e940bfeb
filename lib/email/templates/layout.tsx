import { Body, Button, Head, Html, Preview, Text } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";

export const emailColors = {
  background: "#fbf6f1",
  card: "#ffffff",
  ink: "#3b2a24",
  muted: "#7a6259",
  accent: "#b4533c",
};

/**
 * A person's name inside a sentence, isolated from the text around it (a
 * right-to-left name cannot reorder the sentence). `<bdi>` would do it on a
 * page, but Gmail, Outlook and Yahoo drop it; `dir="auto"` they keep.
 */
export function Name({ children }: { children: ReactNode }) {
  return <span dir="auto">{children}</span>;
}

/**
 * A link as every client shows it: React Email's Link adds `target` (ignored
 * by Gmail and Yahoo) and `text-decoration-line` (ignored by Outlook).
 */
export function EmailLink({ href, children, color = emailColors.accent }: { href: string; children: ReactNode; color?: string }) {
  return (
    <a href={href} style={{ color, textDecoration: "underline" }}>
      {children}
    </a>
  );
}

const footerText = { fontSize: 12, lineHeight: "18px", color: emailColors.muted, margin: "8px 0 0" } as const;
const DEFAULT_FOOTER = "Kindred helps two partners practise empathy and kindness together, a little every day.";

/**
 * The frame every Kindred email shares: warm background, one card, a quiet
 * footer. Built from tables with every padding on a cell (Outlook for
 * Windows ignores padding on a table), and the background and font on the
 * outer cell too, as some clients replace `<body>`. Rounded corners are a
 * nicety that Outlook for Windows shows square.
 */
export function EmailLayout({
  preview,
  children,
  footer,
  unsubscribe,
  linkFrom,
}: {
  /** The preview line under the subject in an inbox; also the document's title. */
  preview: string;
  children: ReactNode;
  footer?: ReactNode;
  /** Every email but sign-in carries a one-click unsubscribe link for its kind. */
  unsubscribe?: { url: string; label: string };
  /** Any absolute link of the email to Kindred: the footer's privacy link is made on the same site. */
  linkFrom: string;
}) {
  const page = {
    backgroundColor: emailColors.background,
    fontFamily: "Georgia, 'Times New Roman', serif",
    color: emailColors.ink,
  } as const;
  return (
    <Html lang="en">
      <Head>
        <title>{preview}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ ...page, margin: 0, padding: 0 }}>
        <Cell tableStyle={page} align="center" style={{ ...page, padding: "24px 16px" }}>
          <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0} style={{ maxWidth: 520 }}>
            <tbody>
              <tr>
                <td align="left">
                  <Text style={{ fontSize: 20, fontWeight: 700, color: emailColors.accent, margin: "0 0 16px" }}>Kindred</Text>
                </td>
              </tr>
              <tr>
                <td align="left" style={{ backgroundColor: emailColors.card, borderRadius: 16, padding: "24px 24px 8px" }}>
                  {children}
                </td>
              </tr>
              <tr>
                <td align="left" style={{ borderTop: "1px solid #eadfd6", paddingTop: 12 }}>
                  <Text style={{ ...footerText, marginTop: 12 }}>{footer ?? DEFAULT_FOOTER}</Text>
                  <Text style={footerText}>
                    <EmailLink href={new URL("/privacy", linkFrom).toString()} color={emailColors.muted}>
                      Who sees what: privacy
                    </EmailLink>
                  </Text>
                  {unsubscribe ? (
                    <Text style={footerText}>
                      <EmailLink href={unsubscribe.url} color={emailColors.muted}>
                        Unsubscribe from {unsubscribe.label}
                      </EmailLink>
                    </Text>
                  ) : null}
                </td>
              </tr>
            </tbody>
          </table>
        </Cell>
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

/**
 * The button's address written out, for clients that do not show buttons. A
 * long link wraps on a phone: `word-wrap: break-word` is kept by every client
 * checked (Yahoo and Outlook's Mail app ignore `word-break`).
 */
export function FallbackLink({ href, lead }: { href: string; lead: string }) {
  return (
    <Text style={{ ...paragraph, fontSize: 13, color: emailColors.muted, wordWrap: "break-word" }}>
      {lead}{" "}
      <a href={href} style={{ color: emailColors.accent, textDecoration: "underline", wordWrap: "break-word" }}>
        {href}
      </a>
    </Text>
  );
}

/** A table of one cell: in email, spacing and backgrounds belong on a cell (Outlook for Windows ignores them on a table). */
function Cell({
  children,
  style,
  align,
  tableStyle,
}: {
  children: ReactNode;
  style?: CSSProperties;
  align?: "center" | "left";
  tableStyle?: CSSProperties;
}) {
  return (
    <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0} style={tableStyle}>
      <tbody>
        <tr>
          <td align={align} style={style}>
            {children}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** A tinted box inside the card, with its padding on the cell. */
export function Panel({ children, background }: { children: ReactNode; background: string }) {
  return (
    <Cell style={{ padding: "8px 0" }}>
      <Cell style={{ backgroundColor: background, borderRadius: 12, padding: "4px 16px" }}>{children}</Cell>
    </Cell>
  );
}

/** A block of an email's plain text: a paragraph, or a heading (which the plain text writes in capitals). */
export type TextBlock = { text: string; heading?: boolean };
export const textHeading = (text: string): TextBlock => ({ text, heading: true });
export const textParagraph = (text: string): TextBlock => ({ text });
/** A link in plain text: its words, then its address. */
export const textLink = (words: string, href: string) => `${words} ${href}`;

/** Whitespace as HTML collapses it (html-to-text's whitespace characters). */
const HTML_WHITESPACE = /[ \t\r\n\f\u200b]+/g;

/**
 * EmailLayout in plain text around `blocks`, written the way React Email's
 * converter writes the HTML (mailer.ts): whitespace collapsed, a blank line
 * between paragraphs, two before a heading, headings in capitals. For an
 * email sent in bulk, where converting its HTML was an eighth of the CPU
 * (the weekly digest); a unit test holds each such text to the converter's.
 */
export function emailLayoutText(
  blocks: TextBlock[],
  { footer, unsubscribe, linkFrom }: { footer?: string; unsubscribe?: { url: string; label: string }; linkFrom: string },
): string {
  const all = [
    textParagraph("Kindred"),
    ...blocks,
    textParagraph(footer ?? DEFAULT_FOOTER),
    textParagraph(textLink("Who sees what: privacy", new URL("/privacy", linkFrom).toString())),
    ...(unsubscribe ? [textParagraph(textLink(`Unsubscribe from ${unsubscribe.label}`, unsubscribe.url))] : []),
  ];
  let text = "";
  for (const block of all) {
    const words = block.text.replace(HTML_WHITESPACE, " ").trim();
    if (!words) continue;
    if (text) text += block.heading ? "\n\n\n" : "\n\n";
    text += block.heading ? words.toUpperCase() : words;
  }
  return text;
}
