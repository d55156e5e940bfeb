/**
 * Every email as Gmail, Apple Mail, Outlook (Windows, its Mail app, Mac and
 * phones) and Yahoo show it, checked against caniemail.com's data: a feature
 * one of them does not support fails here unless it is allowed below, with why.
 */
import { doIUseEmail } from "@jsx-email/doiuse-email";
import { beforeAll, describe, expect, it } from "vitest";
import { renderPreviews } from "../../scripts/lib/email-previews";

const CLIENTS = ["gmail.*", "apple-mail.*", "outlook.*", "yahoo.*"];

/** Features some of those clients drop, each harmless where it is dropped. */
const ALLOWED = new Set([
  // Some clients replace <body>: the background and font are repeated on the outer table's cell.
  "<body> element",
  // The hidden preview line (React Email's Preview): where these are ignored it is still hidden by max-height 0 and 1px line height.
  "display:none",
  "opacity",
  "overflow",
  // role="presentation" on layout tables: ignored where unsupported, and only a hint to screen readers.
  "role attribute",
  // Rounded corners on the card and button: square in Outlook for Windows, nothing lost.
  "border-radius",
  // target="_blank" on React Email's Button: Gmail and Yahoo open links in a new tab anyway.
  "target attribute",
]);

let emails: Awaited<ReturnType<typeof renderPreviews>>;
beforeAll(async () => {
  emails = await renderPreviews();
}, 30_000);

describe("emails in every common client", () => {
  it("renders every template", () => {
    expect(emails.map((e) => e.name).sort()).toEqual([
      "CheckInReminderEmail",
      "InviteEmail",
      "NoteReceivedEmail",
      "PartnerEventEmail",
      "SignInEmail",
      "WeeklyDigestEmail",
    ]);
  });

  it("uses nothing Gmail, Apple Mail, Outlook or Yahoo drop beyond the commented allowlist", () => {
    const unsupported = emails.flatMap(({ name, html }) => {
      const result = doIUseEmail(html, { emailClients: CLIENTS });
      const errors = result.success ? [] : result.errors;
      return errors.map((error) => ({ name, feature: /^`([^`]+)`/.exec(error)?.[1] ?? error, error }));
    });
    expect(unsupported.filter((u) => !ALLOWED.has(u.feature)).map((u) => `${u.name}: ${u.error}`)).toEqual([]);
  });

  it("gives each email a title, keeps padding off tables and lets the long fallback link wrap", () => {
    for (const { name, html } of emails) {
      expect(html, name).toMatch(/<title>[^<]{10,}<\/title>/);
      expect(html.match(/<table[^>]*style="[^"]*padding[^"]*"/g) ?? [], name).toEqual([]);
      expect(html, name).not.toContain("<bdi>");
    }
    for (const name of ["SignInEmail", "InviteEmail"]) {
      const html = emails.find((e) => e.name === name)!.html;
      expect(html, name).toMatch(/<a href="[^"]+" style="[^"]*word-wrap:break-word[^"]*">http/);
    }
  });
});
