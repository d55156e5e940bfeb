import { render, toPlainText } from "@react-email/render";
import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/email/mailer";
import { SignInEmail } from "@/lib/email/templates/sign-in-email";
import { WeeklyDigestEmail } from "@/lib/email/templates/weekly-digest-email";

/** React's streaming renderer adds marker comments (Suspense, text separators) that mean nothing to a mail client. */
const withoutMarkers = (html: string) => html.replace(/<!--(\$|\/\$|html|head|body| )-->/g, "");

describe("renderEmail", () => {
  it("gives the same HTML as React Email's own renderer, but for React's marker comments", async () => {
    for (const element of [
      <SignInEmail key="s" {...SignInEmail.PreviewProps} />,
      <WeeklyDigestEmail key="d" {...WeeklyDigestEmail.PreviewProps} />,
    ]) {
      expect((await renderEmail(element)).html).toBe(withoutMarkers(await render(element)));
    }
  });

  it("derives the plain text from the same component, leaving charts to the words beside them", async () => {
    const { text } = await renderEmail(<WeeklyDigestEmail {...WeeklyDigestEmail.PreviewProps} />);
    expect(text).toContain("Big presentation went well");
    expect(text).toMatch(/PRACTICE OF THE WEEK/);
    expect(text).not.toMatch(/\n\s*\n\s*\n\s*\n/);
  });

  it("gives the same text as React Email's toPlainText, with its converter compiled once instead of per email", async () => {
    for (const element of [
      <SignInEmail key="s" {...SignInEmail.PreviewProps} />,
      <WeeklyDigestEmail key="d" {...WeeklyDigestEmail.PreviewProps} />,
    ]) {
      const { html, text } = await renderEmail(element);
      expect(text).toBe(toPlainText(html, { selectors: [{ selector: "table[data-skip-in-text]", format: "skip" }] }));
    }
  });
});
