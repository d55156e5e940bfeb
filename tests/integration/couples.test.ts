import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptInvite, createInvite, getPendingInvite, previewInvite, revokeInvite, unlinkPartner } from "@/lib/couples/service";
import { INVITE_PROBLEMS } from "@/lib/couples/invite-status";
import { createCouple, createPerson, mailTo, viewerFor } from "../support/integration";

const NOW = new Date("2026-11-22T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

function secretOf(link: string) {
  return link.split("/invite/")[1]!;
}

describe("inviting a partner", () => {
  it("emails the partner the inviter's name, what Kindred is, the link and the code", async () => {
    const sam = await createPerson("Sam");
    const invite = await createInvite(await viewerFor(sam.id), { email: "Robin@Example.com" }, { now: NOW });
    expect(invite.emailSent).toBe(true);
    const [email] = await mailTo("robin@example.com");
    expect(email?.subject).toBe("Sam invited you to Kindred");
    expect(email!.text).toContain(invite.link);
    expect(email!.text).toContain(invite.code);
    expect(email!.text).toMatch(/check in with how they feel/);
  });

  it("stores neither the link secret nor the code, only their hashes", async () => {
    const sam = await createPerson("Sam");
    const invite = await createInvite(await viewerFor(sam.id), {}, { now: NOW });
    const stored = await db.invite.findUniqueOrThrow({ where: { id: invite.id } });
    const secret = secretOf(invite.link);
    expect(Buffer.from(secret, "base64url")).toHaveLength(32);
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(JSON.stringify(stored)).not.toContain(invite.code.replace("-", ""));
    expect(stored.expiresAt.getTime() - NOW.getTime()).toBe(7 * DAY);
  });

  it("keeps one pending invite per inviter: a new one replaces the old", async () => {
    const sam = await createPerson("Sam");
    const viewer = await viewerFor(sam.id);
    const first = await createInvite(viewer, {}, { now: NOW });
    const second = await createInvite(viewer, {}, { now: NOW });
    expect((await getPendingInvite(viewer, { now: NOW }))?.id).toBe(second.id);
    expect((await previewInvite(secretOf(first.link), { now: NOW })).status).toBe("revoked");
  });

  it("refuses an invite to one's own address, with the message next to the field", async () => {
    const sam = await createPerson("Sam");
    await expect(createInvite(await viewerFor(sam.id), { email: sam.email.toUpperCase() })).rejects.toMatchObject({ field: "email" });
  });

  it("refuses to invite while already linked", async () => {
    const { viewerA } = await createCouple();
    await expect(createInvite(viewerA, {})).rejects.toThrow(/already linked/);
  });

  it("limits how many invitation emails one address receives", async () => {
    const people = await Promise.all(["P1", "P2", "P3", "P4"].map((n) => createPerson(n)));
    for (const person of people.slice(0, 3)) await createInvite(await viewerFor(person.id), { email: "target@example.com" }, { now: NOW });
    await expect(createInvite(await viewerFor(people[3]!.id), { email: "target@example.com" }, { now: NOW })).rejects.toMatchObject({
      code: "rate_limited",
    });
    expect(await mailTo("target@example.com")).toHaveLength(3);
  });

  it("can be withdrawn, after which its link no longer works", async () => {
    const sam = await createPerson("Sam");
    const robin = await createPerson("Robin");
    const viewer = await viewerFor(sam.id);
    const invite = await createInvite(viewer, {}, { now: NOW });
    await revokeInvite(viewer, invite.id, { now: NOW });
    await expect(acceptInvite(await viewerFor(robin.id), secretOf(invite.link), { now: NOW })).rejects.toThrow(INVITE_PROBLEMS.revoked);
  });
});

describe("accepting an invite", () => {
  it("links the two by link, and both see each other as partner", async () => {
    const sam = await createPerson("Sam");
    const robin = await createPerson("Robin");
    const invite = await createInvite(await viewerFor(sam.id), {}, { now: NOW });
    const result = await acceptInvite(await viewerFor(robin.id), secretOf(invite.link), { now: NOW });
    expect(result.partnerName).toBe("Sam");
    expect((await viewerFor(sam.id)).couple?.partner.name).toBe("Robin");
    expect((await viewerFor(robin.id)).couple?.partner.name).toBe("Sam");
  });

  it("accepts the short code however it is typed", async () => {
    const sam = await createPerson("Sam");
    const robin = await createPerson("Robin");
    const invite = await createInvite(await viewerFor(sam.id), {}, { now: NOW });
    const typed = ` ${invite.code.toLowerCase().replace("-", " ")} `;
    expect((await previewInvite(typed, { now: NOW })).status).toBe("pending");
    await acceptInvite(await viewerFor(robin.id), typed, { now: NOW });
    expect((await viewerFor(robin.id)).couple?.partner.name).toBe("Sam");
  });

  it.each([
    [
      "expired",
      async (link: string, robinId: string) =>
        acceptInvite(await viewerFor(robinId), secretOf(link), { now: new Date(NOW.getTime() + 7 * DAY + 1) }),
      INVITE_PROBLEMS.expired,
    ],
    [
      "unknown",
      async (_link: string, robinId: string) => acceptInvite(await viewerFor(robinId), "not-a-real-secret", { now: NOW }),
      INVITE_PROBLEMS.unknown,
    ],
  ])("explains a %s invite", async (_label, attempt, message) => {
    const sam = await createPerson("Sam");
    const robin = await createPerson("Robin");
    const invite = await createInvite(await viewerFor(sam.id), {}, { now: NOW });
    await expect(attempt(invite.link, robin.id)).rejects.toThrow(message);
  });

  it("explains a used invite, an own invite, and an invitee already in a couple", async () => {
    const sam = await createPerson("Sam");
    const robin = await createPerson("Robin");
    const samViewer = await viewerFor(sam.id);
    const invite = await createInvite(samViewer, {}, { now: NOW });
    await expect(acceptInvite(samViewer, secretOf(invite.link), { now: NOW })).rejects.toThrow(INVITE_PROBLEMS.ownInvite);

    const { viewerA: linked } = await createCouple("Cass", "Dee");
    await expect(acceptInvite(linked, secretOf(invite.link), { now: NOW })).rejects.toThrow(INVITE_PROBLEMS.alreadyLinked);

    await acceptInvite(await viewerFor(robin.id), secretOf(invite.link), { now: NOW });
    const late = await createPerson("Late");
    await expect(acceptInvite(await viewerFor(late.id), secretOf(invite.link), { now: NOW })).rejects.toThrow(INVITE_PROBLEMS.used);
  });

  it("lets exactly one of two people accepting the same invite at the same moment succeed", async () => {
    const sam = await createPerson("Sam");
    const [robin, riley] = await Promise.all([createPerson("Robin"), createPerson("Riley")]);
    const invite = await createInvite(await viewerFor(sam.id), {}, { now: NOW });
    const [asRobin, asRiley] = await Promise.all([viewerFor(robin.id), viewerFor(riley.id)]);
    const results = await Promise.allSettled([
      acceptInvite(asRobin, secretOf(invite.link), { now: NOW }),
      acceptInvite(asRiley, secretOf(invite.link), { now: NOW }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
    const members = await db.coupleMembership.findMany({ where: { userId: { in: [sam.id, robin.id, riley.id] }, leftAt: null } });
    expect(members).toHaveLength(2);
    expect(new Set(members.map((m) => m.coupleId)).size).toBe(1);
  });

  it("makes one couple of two when two people invite each other and both accept at once", async () => {
    const [sam, robin] = await Promise.all([createPerson("Sam"), createPerson("Robin")]);
    const fromSam = await createInvite(await viewerFor(sam.id), {}, { now: NOW });
    const fromRobin = await createInvite(await viewerFor(robin.id), {}, { now: NOW });
    const [asSam, asRobin] = await Promise.all([viewerFor(sam.id), viewerFor(robin.id)]);
    const results = await Promise.allSettled([
      acceptInvite(asRobin, secretOf(fromSam.link), { now: NOW }),
      acceptInvite(asSam, secretOf(fromRobin.link), { now: NOW }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const memberships = await db.coupleMembership.findMany({ where: { userId: { in: [sam.id, robin.id] } } });
    expect(memberships).toHaveLength(2);
    expect(new Set(memberships.map((m) => m.coupleId)).size).toBe(1);
  });

  it("is enforced by the database: a third member cannot be added to a couple", async () => {
    const { couple } = await createCouple();
    const third = await createPerson("Third");
    await expect(db.coupleMembership.create({ data: { coupleId: couple.id, userId: third.id, seat: 3 } })).rejects.toThrow();
    await expect(db.coupleMembership.create({ data: { coupleId: couple.id, userId: third.id, seat: 1 } })).rejects.toThrow();
  });

  it("is enforced by the database: a person cannot be in two couples at once", async () => {
    const { a } = await createCouple();
    const other = await db.couple.create({ data: {} });
    await expect(db.coupleMembership.create({ data: { coupleId: other.id, userId: a.id, seat: 1 } })).rejects.toThrow();
  });
});

describe("unlinking", () => {
  it("ends the couple for both, tells the partner by email, and lets either link again", async () => {
    const { a, b, viewerA, couple } = await createCouple("Sam", "Robin");
    await unlinkPartner(viewerA, { now: NOW });
    expect((await viewerFor(a.id)).couple).toBeNull();
    expect((await viewerFor(b.id)).couple).toBeNull();
    expect((await db.couple.findUniqueOrThrow({ where: { id: couple.id } })).endedAt).toEqual(NOW);
    expect(await db.coupleMembership.count({ where: { coupleId: couple.id } })).toBe(2);
    const [notice] = await mailTo(b.email);
    expect(notice?.subject).toBe("Sam unlinked your accounts on Kindred");

    const again = await createInvite(await viewerFor(b.id), {}, { now: NOW });
    await acceptInvite(await viewerFor(a.id), secretOf(again.link), { now: NOW });
    expect((await viewerFor(a.id)).couple?.partner.name).toBe("Robin");
  });

  it("says so when there is no partner to unlink from", async () => {
    const solo = await createPerson("Solo");
    await expect(unlinkPartner(await viewerFor(solo.id))).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("guessing codes", () => {
  it("stops a person after too many attempts, even with the right code", async () => {
    const sam = await createPerson("Sam");
    const guesser = await viewerFor((await createPerson("Guesser")).id);
    const invite = await createInvite(await viewerFor(sam.id), {}, { now: NOW });
    for (let i = 0; i < 30; i++) await expect(acceptInvite(guesser, `ZZZZZ-${String(i).padStart(5, "0")}`, { now: NOW })).rejects.toThrow();
    await expect(acceptInvite(guesser, invite.code, { now: NOW })).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("stops lookups from one client address after too many attempts", async () => {
    for (let i = 0; i < 30; i++) await previewInvite(`YYYYY-${String(i).padStart(5, "0")}`, { now: NOW, client: "203.0.113.50" });
    await expect(previewInvite("YYYYY-99999", { now: NOW, client: "203.0.113.50" })).rejects.toMatchObject({ code: "rate_limited" });
  });
});
