import { describe, expect, it } from "vitest";
import { deleteAccount, exportMyData } from "@/lib/account/service";
import { createInvite } from "@/lib/couples/service";
import { db } from "@/lib/db";
import { createCouple, createPerson, mailTo, viewerFor } from "../support/factories";

describe("export my data", () => {
  it("holds my profile, my couples with the partner's name, and my invites", async () => {
    const { viewerA } = await createCouple("Sam", "Robin");
    const data = await exportMyData(viewerA);
    expect(data.profile).toMatchObject({ email: viewerA.email, name: "Sam", timeZone: "Europe/London" });
    expect(data.couples).toEqual([expect.objectContaining({ partnerName: "Robin", leftAt: null })]);
    // A download: dates survive as ISO strings, nothing is lost on the way to JSON.
    const downloaded = JSON.parse(JSON.stringify(data));
    expect(downloaded.profile.createdAt).toBe(data.profile.createdAt.toISOString());
    expect(downloaded.couples[0].joinedAt).toBe(data.couples[0]!.joinedAt.toISOString());
  });

  it("holds nothing of another person's account", async () => {
    const { viewerA, b } = await createCouple("Sam", "Robin");
    await createInvite(await viewerFor((await createPerson("Other")).id), { email: "x@example.com" });
    const text = JSON.stringify(await exportMyData(viewerA));
    expect(text).not.toContain(b.email);
    expect(text).not.toContain("x@example.com");
  });
});

describe("delete my account", () => {
  it("needs my email typed to confirm, and says so next to the field", async () => {
    const sam = await createPerson("Sam");
    await expect(deleteAccount(await viewerFor(sam.id), "someone@else.com")).rejects.toMatchObject({ field: "confirmEmail" });
    expect(await db.user.count({ where: { id: sam.id } })).toBe(1);
  });

  it("removes me, unlinks my partner and tells them; the partner keeps their account", async () => {
    const { a, b, viewerA } = await createCouple("Sam", "Robin");
    await deleteAccount(viewerA, ` ${a.email.toUpperCase()} `);
    expect(await db.user.count({ where: { id: a.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: a.id } })).toBe(0);
    expect((await viewerFor(b.id)).couple).toBeNull();
    const [notice] = await mailTo(b.email);
    expect(notice?.subject).toBe("Sam deleted their Kindred account");
  });
});
