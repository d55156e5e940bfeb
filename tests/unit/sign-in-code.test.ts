import { describe, expect, it } from "vitest";
import { sessionTouch, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-policy";
import {
  generateSignInCode,
  hashSignInCode,
  judgeCodeAttempt,
  MAX_CODE_ATTEMPTS,
  normalizeSignInCode,
  signInCodeMatches,
  signInExpiry,
} from "@/lib/auth/sign-in-code";
import { deviceLabel } from "@/lib/devices/user-agent";

const NOW = new Date("2026-03-14T09:30:00Z");
const SECRET = "s".repeat(32);
const binding = { email: "sam@example.com", requestId: "request-1" };
const DAY = 24 * 60 * 60 * 1000;

describe("sign-in codes", () => {
  it("are six digits, leading zeros kept, and spread over the whole range", () => {
    const codes = Array.from({ length: 2000 }, generateSignInCode);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(1990);
    expect(codes.some((code) => code.startsWith("0"))).toBe(true);
  });

  it("read what a person types or pastes, and refuse anything that is not six digits", () => {
    expect(normalizeSignInCode("482913")).toBe("482913");
    expect(normalizeSignInCode(" 482 913 ")).toBe("482913");
    expect(normalizeSignInCode("482-913")).toBe("482913");
    for (const typed of ["", "48291", "4829133", "48291a", "４８２９１３"]) expect(normalizeSignInCode(typed)).toBeNull();
  });

  it("match only the code, the address and the request they were made for", () => {
    const stored = hashSignInCode("482913", binding, SECRET);
    expect(stored).not.toContain("482913");
    expect(signInCodeMatches("482913", stored, binding, SECRET)).toBe(true);
    expect(signInCodeMatches("482914", stored, binding, SECRET)).toBe(false);
    expect(signInCodeMatches("482913", stored, { ...binding, email: "eve@example.com" }, SECRET)).toBe(false);
    expect(signInCodeMatches("482913", stored, { ...binding, requestId: "request-2" }, SECRET)).toBe(false);
    expect(signInCodeMatches("482913", stored, binding, "t".repeat(32))).toBe(false);
    expect(signInCodeMatches("482913", "beef", binding, SECRET)).toBe(false);
  });

  it("expire ten minutes after they are made, with the link", () => {
    const expires = signInExpiry(NOW);
    expect(expires.getTime() - NOW.getTime()).toBe(10 * 60 * 1000);
    const state = { attemptsBefore: 0, expires, matches: true };
    expect(judgeCodeAttempt(state, new Date(expires.getTime() - 1))).toEqual({ ok: true });
    expect(judgeCodeAttempt(state, expires)).toMatchObject({ ok: false, reason: "expired" });
  });

  it("allow five tries in all, counting down, then are void even for the right code", () => {
    const expires = signInExpiry(NOW);
    const left = [];
    for (let before = 0; before < MAX_CODE_ATTEMPTS; before++) {
      const verdict = judgeCodeAttempt({ attemptsBefore: before, expires, matches: false }, NOW);
      left.push(verdict.ok ? "ok" : `${verdict.reason}:${verdict.attemptsLeft}`);
    }
    expect(left).toEqual(["wrong:4", "wrong:3", "wrong:2", "wrong:1", "void:0"]);
    expect(judgeCodeAttempt({ attemptsBefore: 4, expires, matches: true }, NOW)).toEqual({ ok: true });
    expect(judgeCodeAttempt({ attemptsBefore: 5, expires, matches: true }, NOW)).toMatchObject({ ok: false, reason: "void" });
  });
});

describe("a session's use", () => {
  const phone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";
  const fresh = { expires: new Date(NOW.getTime() + SESSION_MAX_AGE_SECONDS * 1000), lastSeenAt: NOW, userAgent: phone };

  it("lasts 90 days and slides: used a day after its last extension, it runs 90 days from then", () => {
    expect(SESSION_MAX_AGE_SECONDS).toBe(90 * 24 * 60 * 60);
    const later = new Date(NOW.getTime() + DAY);
    expect(sessionTouch(fresh, phone, later)?.expires).toEqual(new Date(later.getTime() + SESSION_MAX_AGE_SECONDS * 1000));
    const eightyDaysOn = new Date(NOW.getTime() + 80 * DAY);
    expect(sessionTouch({ ...fresh, lastSeenAt: eightyDaysOn }, phone, eightyDaysOn)?.expires?.getTime()).toBe(
      eightyDaysOn.getTime() + SESSION_MAX_AGE_SECONDS * 1000,
    );
  });

  it("writes nothing more than once an hour for the same browser, and records a new browser at once", () => {
    expect(sessionTouch(fresh, phone, new Date(NOW.getTime() + 59 * 60 * 1000))).toBeNull();
    expect(sessionTouch(fresh, phone, new Date(NOW.getTime() + 60 * 60 * 1000))).toEqual({
      lastSeenAt: new Date(NOW.getTime() + 3_600_000),
    });
    expect(sessionTouch({ ...fresh, userAgent: null }, phone, NOW)).toEqual({ lastSeenAt: NOW, userAgent: phone });
    expect(sessionTouch(fresh, null, NOW)).toBeNull();
  });
});

describe("device labels", () => {
  it("name the browser and the phone or system, from the user agent", () => {
    expect(
      deviceLabel("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"),
    ).toBe("Safari on iPhone");
    expect(
      deviceLabel("Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36"),
    ).toBe("Chrome on Android");
    expect(
      deviceLabel("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15"),
    ).toBe("Safari on macOS");
    expect(deviceLabel(null)).toBe("A browser");
    expect(deviceLabel("  ")).toBe("A browser");
  });
});
