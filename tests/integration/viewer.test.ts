/**
 * getViewer: the one query behind every page, action and JSON route. It keeps
 * next-auth's database-session rules (expired sessions are gone, used
 * sessions are extended once a day) and reads the person's couple with it.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { installQueryCounter } from "../../scripts/bench/lib/query-counter";
import { createCouple, createPerson, viewerFor } from "../support/integration";

const counter = installQueryCounter(process.env.DATABASE_URL!);

const jar = new Map<string, string>();
const request = { userAgent: null as string | null };
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
  headers: async () => new Headers(request.userAgent ? { "user-agent": request.userAgent } : {}),
}));
vi.mock("next/server", () => ({ connection: async () => undefined }));

const { getViewer } = await import("@/lib/auth/viewer");
const DAY = 24 * 60 * 60 * 1000;

async function signIn(userId: string, expiresInMs: number, cookie = "next-auth.session-token") {
  const sessionToken = `viewer-test-${crypto.randomUUID()}`;
  await db.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + expiresInMs) } });
  jar.set(cookie, sessionToken);
  return sessionToken;
}

beforeEach(() => {
  jar.clear();
  request.userAgent = null;
});

describe("getViewer", () => {
  it("is null without a session cookie, or with a token that is not a session", async () => {
    expect(await getViewer()).toBeNull();
    jar.set("next-auth.session-token", "made-up");
    expect(await getViewer()).toBeNull();
  });

  it("returns the person with their partner and the couple's calendar, as the services expect", async () => {
    const { a, viewerA } = await createCouple("Ana", "Ben");
    await signIn(a.id, 90 * DAY);
    expect(await getViewer()).toEqual(viewerA);
    expect(viewerA.couple?.partner.name).toBe("Ben");
  });

  it("reads the session, the person and their couple in one statement", async () => {
    const { a } = await createCouple("Ida", "Jo");
    await signIn(a.id, 90 * DAY);
    const before = counter.statements;
    expect((await getViewer())?.couple?.partner.name).toBe("Jo");
    expect(counter.statements - before).toBe(1);
  });

  it("reads the https cookie name too", async () => {
    const person = await createPerson("Cleo");
    await signIn(person.id, 90 * DAY, "__Secure-next-auth.session-token");
    expect((await getViewer())?.id).toBe(person.id);
  });

  it("shows no couple once the partner has unlinked", async () => {
    const { a, b } = await createCouple("Dan", "Eve");
    await db.coupleMembership.updateMany({ where: { userId: b.id }, data: { leftAt: new Date() } });
    await signIn(a.id, 90 * DAY);
    expect((await getViewer())?.couple).toBeNull();
    expect(await getViewer()).toEqual(await viewerFor(a.id));
  });

  it("treats an expired session as signed out and removes it", async () => {
    const person = await createPerson("Fay");
    const token = await signIn(person.id, -1_000);
    expect(await getViewer()).toBeNull();
    expect(await db.session.findUnique({ where: { sessionToken: token } })).toBeNull();
  });

  it("extends a session used more than a day after it was last extended, and leaves a fresh one alone", async () => {
    const person = await createPerson("Gus");
    const stale = await signIn(person.id, 88 * DAY); // last extended two days ago
    await getViewer();
    const extended = await db.session.findUniqueOrThrow({ where: { sessionToken: stale } });
    expect(extended.expires.getTime()).toBeGreaterThan(Date.now() + 89.9 * DAY);

    const fresh = await signIn(person.id, 89.5 * DAY); // extended twelve hours ago
    const before = (await db.session.findUniqueOrThrow({ where: { sessionToken: fresh } })).expires;
    await getViewer();
    expect((await db.session.findUniqueOrThrow({ where: { sessionToken: fresh } })).expires).toEqual(before);
  });

  it("keeps the session's browser and last use for Settings, writing at most once an hour", async () => {
    const person = await createPerson("Hal");
    const token = await signIn(person.id, 89.9 * DAY);
    const hourAgo = new Date(Date.now() - 61 * 60 * 1000);
    await db.session.update({ where: { sessionToken: token }, data: { lastSeenAt: hourAgo } });
    request.userAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";
    await getViewer();
    const seen = await db.session.findUniqueOrThrow({ where: { sessionToken: token } });
    expect(seen.userAgent).toBe(request.userAgent);
    expect(seen.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);

    const before = counter.statements;
    await getViewer();
    expect(counter.statements - before).toBe(1);
  });
});
