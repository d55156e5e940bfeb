import { describe, expect, it } from "vitest";
import { linksIn } from "@/lib/email/dev-mailbox";

describe("linksIn", () => {
  it("finds each web link once, unescaping ampersands and keeping its text", () => {
    const html = `<a href="http://localhost:3000/api/auth/callback/email?token=a&amp;email=b" style="x"><span>Sign in</span></a>
      <a href="http://localhost:3000/api/auth/callback/email?token=a&amp;email=b">again</a>
      <a href="mailto:someone@example.com">mail</a>`;
    expect(linksIn(html)).toEqual([{ href: "http://localhost:3000/api/auth/callback/email?token=a&email=b", text: "Sign in" }]);
  });

  it("decodes entities and drops the invisible spacing email buttons carry", () => {
    const html = `<a href="http://localhost:3000/invite/x">&#8202;&#8202;Accept Ada&#x27;s invite&#8202;&#8203;</a>`;
    expect(linksIn(html)).toEqual([{ href: "http://localhost:3000/invite/x", text: "Accept Ada's invite" }]);
  });
});
