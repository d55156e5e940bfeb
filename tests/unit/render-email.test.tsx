import { render, toPlainText } from "@react-email/render";
import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/email/mailer";
import { SignInEmail } from "@/lib/email/templates/sign-in-email";
import { WeeklyDigestEmail, weeklyDigestText, type WeeklyDigestEmailProps } from "@/lib/email/templates/weekly-digest-email";

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

  const preview = WeeklyDigestEmail.PreviewProps;
  const weeks: Record<string, WeeklyDigestEmailProps> = {
    "a full week with a partner": preview,
    "someone not linked, with nothing shared": {
      ...preview,
      partnerName: null,
      inviteUrl: "http://localhost:3000/home",
      checkIns: [],
      questions: [],
    },
    "a quiet week with a partner": {
      ...preview,
      checkIns: [],
      notes: { sent: 1, received: 0, firstLines: [] },
      responses: { given: 0, received: 0 },
      bids: { sent: 1, received: 0, answered: 1 },
      repairs: 0,
      apologies: 2,
      questions: [],
    },
    "repairs without an apology": { ...preview, repairs: 3, apologies: 0 },
    "words that HTML treats specially": {
      ...preview,
      name: "  Ana\n María ",
      partnerName: "سام & <Sam>",
      checkIns: [{ when: "Mon 16 Nov, 09:30", feeling: "calm", mood: "pleasant and calm", note: "two\n\n  lines, a tab\tand “quotes” 🌱" }],
      notes: { sent: 2, received: 1, firstLines: [{ from: "You", line: "a < b && c > d" }] },
      questions: [{ question: "What made you laugh?", mine: "  spaces  ", theirs: "\u200bzero width" }],
    },
  };

  it("counts the week's repairs and apologies, never their words", () => {
    expect(weeklyDigestText(preview)).toContain("Words from your repair list went between you once, and one apology was made.");
    expect(weeklyDigestText(weeks["a quiet week with a partner"]!)).toContain("Between you, 2 apologies were made.");
    expect(weeklyDigestText(weeks["repairs without an apology"]!)).toContain("Words from your repair list went between you 3 times.");
    expect(weeklyDigestText({ ...preview, repairs: 0, apologies: 0 })).not.toMatch(/repair list|apolog/);
  });

  it.each(Object.entries(weeks))("writes out the digest's text as the converter would make it of the HTML: %s", async (_name, props) => {
    const written = weeklyDigestText(props);
    expect(written).toBe((await renderEmail(<WeeklyDigestEmail {...props} />)).text);
    expect((await renderEmail(<WeeklyDigestEmail {...props} />, written)).text).toBe(written);
  });
});
