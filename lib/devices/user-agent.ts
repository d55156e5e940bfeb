import Bowser from "bowser";

/**
 * "Safari on iPhone", "Chrome on Android": enough for a person to tell their
 * own devices apart (signed-in devices, push devices, passkey names), from the
 * browser's user agent as bowser reads it.
 */
export function deviceLabel(userAgent: string | null | undefined): string {
  if (!userAgent?.trim()) return "A browser";
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name || "A browser";
  const system = parsed.platform.model || parsed.os.name;
  return system ? `${browser} on ${system}` : browser;
}
