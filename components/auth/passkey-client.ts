/**
 * The browser's half of passkeys: asks Kindred for options, runs the ceremony
 * with @simplewebauthn/browser (loaded only when a passkey is used, so pages
 * do not carry it), and sends the answer back. Every failure is a sentence.
 */

type Outcome<T> = { ok: true; value: T } | { ok: false; message: string | null };

export async function postJson(path: string, body: unknown): Promise<{ ok: boolean; data: Record<string, unknown> }> {
  const response = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return { ok: response.ok, data };
}

export function problem(data: Record<string, unknown>, fallback: string): string {
  return typeof data.error === "string" ? data.error : fallback;
}

/** A cancelled prompt (the person closed it) is not an error worth a message. */
function ceremonyFailure(error: unknown): string | null {
  const name = (error as { name?: string; cause?: { name?: string } })?.cause?.name ?? (error as { name?: string })?.name;
  if (name === "NotAllowedError" || name === "AbortError") return null;
  if (name === "InvalidStateError") return "This device already holds a Kindred passkey for you.";
  return "This browser could not use a passkey. Try again, or sign in with your email.";
}

import { useSyncExternalStore } from "react";

/** Whether this browser can use passkeys at all (checked without loading the library). */
function passkeysSupported(): boolean {
  return typeof window.PublicKeyCredential === "function";
}

const unchanging = () => () => {};

/** passkeysSupported() for a component: null while rendering on the server and hydrating (not known there). */
export function usePasskeysSupported(): boolean | null {
  return useSyncExternalStore(unchanging, passkeysSupported, () => null);
}

/** A flag kept in this browser's localStorage, for a component (null on the server). */
export function useStoredFlag(key: string): boolean | null {
  return useSyncExternalStore(
    unchanging,
    () => localStorage.getItem(key) === "1",
    () => null,
  );
}

/** Creates a passkey on this device for the signed-in person. */
export async function registerPasskeyHere(): Promise<Outcome<{ name: string }>> {
  try {
    const { startRegistration } = await import("@simplewebauthn/browser");
    const options = await postJson("/api/passkeys/register/options", {});
    if (!options.ok) return { ok: false, message: problem(options.data, "Kindred could not start making a passkey. Please try again.") };
    const response = await startRegistration({ optionsJSON: options.data as never });
    const saved = await postJson("/api/passkeys/register", { response });
    if (!saved.ok) return { ok: false, message: problem(saved.data, "Kindred could not save the passkey. Please try again.") };
    return { ok: true, value: { name: String(saved.data.name) } };
  } catch (error) {
    return { ok: false, message: ceremonyFailure(error) };
  }
}

/**
 * Signs in with a passkey: with `autofill`, the browser offers passkeys in the
 * email field's suggestions (and this waits until one is picked); otherwise it
 * asks at once. On success the browser goes on to finish signing in; what
 * comes back is the message to show, or null for none.
 */
export async function signInWithPasskeyHere(callbackUrl: string, autofill: boolean): Promise<string | null> {
  try {
    const { startAuthentication, browserSupportsWebAuthnAutofill } = await import("@simplewebauthn/browser");
    if (autofill && !(await browserSupportsWebAuthnAutofill())) return null;
    const options = await postJson("/api/passkeys/sign-in/options", {});
    if (!options.ok) return problem(options.data, "Kindred could not start a passkey sign-in. Please try again.");
    const response = await startAuthentication({ optionsJSON: options.data as never, useBrowserAutofill: autofill });
    const result = await postJson("/api/passkeys/sign-in", { response, callbackUrl });
    if (!result.ok || typeof result.data.url !== "string") return problem(result.data, "That passkey didn't work. Please try again.");
    window.location.assign(result.data.url);
    return null;
  } catch (error) {
    return autofill ? null : ceremonyFailure(error);
  }
}
