import { describe, expect, it } from "vitest";
import { isPushServiceUrl } from "@/lib/notifications/device-schema";
import { NOTIFICATION_KINDS } from "@/lib/notifications/registry";
import { quietHoursEnd } from "@/lib/notifications/schedule";
import { defaultChoice, targetsFor } from "@/lib/notifications/targets";

describe("quiet hours", () => {
  const zone = "Europe/Paris";
  it("wrap midnight: inside from 22:00, until 07:00 the next morning", () => {
    expect(quietHoursEnd(22, 7, zone, new Date("2026-11-24T20:59:00Z"))).toBeNull(); // 21:59 in Paris
    expect(quietHoursEnd(22, 7, zone, new Date("2026-11-24T21:00:00Z"))).toEqual(new Date("2026-11-25T06:00:00Z"));
    expect(quietHoursEnd(22, 7, zone, new Date("2026-11-25T05:59:00Z"))).toEqual(new Date("2026-11-25T06:00:00Z"));
    expect(quietHoursEnd(22, 7, zone, new Date("2026-11-25T06:00:00Z"))).toBeNull();
  });

  it("within a day: 13 to 15 is quiet at 14:30 and ends at 15:00", () => {
    expect(quietHoursEnd(13, 15, zone, new Date("2026-11-24T13:30:00Z"))).toEqual(new Date("2026-11-24T14:00:00Z"));
    expect(quietHoursEnd(13, 15, zone, new Date("2026-11-24T11:59:00Z"))).toBeNull();
  });

  it("none when unset or equal", () => {
    expect(quietHoursEnd(null, null, zone, new Date("2026-11-24T23:00:00Z"))).toBeNull();
    expect(quietHoursEnd(5, 5, zone, new Date("2026-11-24T04:30:00Z"))).toBeNull();
  });

  it("end on the real instant across a clock change (Paris falls back on 2026-10-25)", () => {
    // 01:00 local on the night of the change is still summer time (+02:00); 07:00 is winter time (+01:00).
    expect(quietHoursEnd(22, 7, zone, new Date("2026-10-24T23:00:00Z"))).toEqual(new Date("2026-10-25T06:00:00Z"));
  });
});

describe("where a message goes", () => {
  const note = NOTIFICATION_KINDS.NOTE_RECEIVED;
  const none = new Map();
  it("by default: push to every device when there is one, else email", () => {
    expect(defaultChoice(0)).toBe("EMAIL");
    expect(targetsFor(note, { choices: none, deviceIds: [] })).toEqual([{ channel: "EMAIL", target: "email", deviceId: null }]);
    expect(targetsFor(note, { choices: none, deviceIds: ["d1", "d2"] }).map((t) => t.target)).toEqual(["d1", "d2"]);
  });

  it("by the person's choice, within what the kind can use", () => {
    expect(targetsFor(note, { choices: new Map([["NOTE_RECEIVED", "BOTH"]]), deviceIds: ["d1"] }).map((t) => t.target)).toEqual([
      "email",
      "d1",
    ]);
    expect(targetsFor(note, { choices: new Map([["NOTE_RECEIVED", "OFF"]]), deviceIds: ["d1"] })).toEqual([]);
    // The digest is email only, and an invitation goes to its address whatever the inviter chose.
    expect(targetsFor(NOTIFICATION_KINDS.WEEKLY_DIGEST, { choices: none, deviceIds: ["d1"] }).map((t) => t.channel)).toEqual(["EMAIL"]);
    expect(targetsFor(NOTIFICATION_KINDS.INVITATION, { choices: new Map([["INVITATION", "OFF"]]), deviceIds: [] })).toHaveLength(1);
  });

  it("every kind in the enum has a module, and each module is registered under its own kind", () => {
    for (const [kind, module] of Object.entries(NOTIFICATION_KINDS)) expect(module.kind).toBe(kind);
  });
});

describe("push endpoints", () => {
  it("are the browsers' push services over https; loopback only when testing locally", () => {
    const strict = { allowLoopback: false };
    expect(isPushServiceUrl("https://fcm.googleapis.com/fcm/send/abc", strict)).toBe(true);
    expect(isPushServiceUrl("https://updates.push.services.mozilla.com/wpush/v2/abc", strict)).toBe(true);
    expect(isPushServiceUrl("https://web.push.apple.com/QGx", strict)).toBe(true);
    expect(isPushServiceUrl("https://wns2-by3p.notify.windows.com/w/?token=x", strict)).toBe(true);
    for (const url of [
      "http://fcm.googleapis.com/x",
      "https://fcm.googleapis.com.evil.example/x",
      "https://evil.example/fcm.googleapis.com",
    ]) {
      expect(isPushServiceUrl(url, strict)).toBe(false);
    }
    expect(isPushServiceUrl("http://127.0.0.1:4000/push/1", strict)).toBe(false);
    expect(isPushServiceUrl("http://127.0.0.1:4000/push/1", { allowLoopback: true })).toBe(true);
    expect(isPushServiceUrl("http://10.0.0.1/push/1", { allowLoopback: true })).toBe(false);
  });
});
