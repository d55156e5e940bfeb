import { describe, expect, it } from "vitest";
import { unsubscribeLinks, unsubscribeToken, verifyUnsubscribeToken } from "@/lib/email/unsubscribe";

process.env.DATABASE_URL ??= "postgresql://unused@localhost/unused";

describe("unsubscribe tokens", () => {
  it("name one person and one kind, and verify", () => {
    expect(verifyUnsubscribeToken(unsubscribeToken("user1", "digest"))).toEqual({ userId: "user1", kind: "digest" });
  });
  it.each([
    "",
    "user1.digest",
    "user1.digest.bad",
    "user1.everything.x",
    `user2.${unsubscribeToken("user1", "digest").split(".").slice(1).join(".")}`,
  ])("refuse a forged or altered token: %s", (token) => {
    expect(verifyUnsubscribeToken(token)).toBeNull();
  });
  it("cannot be moved from one kind to another", () => {
    const [user, , sig] = unsubscribeToken("user1", "digest").split(".");
    expect(verifyUnsubscribeToken(`${user}.notes.${sig}`)).toBeNull();
  });
  it("come with the one-click headers", () => {
    const { headers, page } = unsubscribeLinks("user1", "reminder");
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(headers["List-Unsubscribe"]).toMatch(/^<.+\/api\/unsubscribe\?token=user1\.reminder\..+>$/);
    expect(page).toMatch(/\/unsubscribe\?token=/);
  });
});
