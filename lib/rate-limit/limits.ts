import type { RateLimitRule } from "./counter";

const MINUTE = 60;

/**
 * Every rate limit in Kindred, in one place. Each is a fixed window counted in
 * PostgreSQL (counter.ts), so all app instances share it. "Client" means the
 * client address as the trusted proxy reports it (client-address.ts); when it
 * is not known the per-client limits are skipped rather than shared.
 */
export const LIMITS = {
  /** Sign-in emails to one address asked from one client: a stranger elsewhere cannot use up the owner's. */
  signInPerAddressAndClient: { limit: 5, windowSeconds: 15 * MINUTE },
  /** Sign-in emails to one address when the client is not known (no trusted proxy). */
  signInPerAddress: { limit: 5, windowSeconds: 15 * MINUTE },
  /** Sign-in emails asked from one client, to any address. */
  signInPerClient: { limit: 20, windowSeconds: 15 * MINUTE },
  /** Sign-in codes tried from one client (each code also voids itself after 5 tries). */
  signInCodeTriesPerClient: { limit: 30, windowSeconds: 15 * MINUTE },
  /** Passkey sign-ins begun or finished from one client. */
  passkeySignInsPerClient: { limit: 60, windowSeconds: 15 * MINUTE },
  /** New invites (by email or link) one person may create. */
  invitesPerInviter: { limit: 10, windowSeconds: 60 * MINUTE },
  /** Invitation emails to one address, whoever sends them. */
  invitesPerRecipient: { limit: 3, windowSeconds: 60 * MINUTE },
  /** Invite creations from one client. */
  invitesPerClient: { limit: 30, windowSeconds: 15 * MINUTE },
  /** Invite links and codes looked up from one client: codes cannot be guessed. */
  inviteLookupsPerClient: { limit: 30, windowSeconds: 15 * MINUTE },
  /** Invites one person tries to accept: accepting is also a way to try codes. */
  inviteAcceptsPerPerson: { limit: 30, windowSeconds: 15 * MINUTE },
  /** Writes (every server action and JSON write) by one signed-in person. */
  writesPerPerson: { limit: 60, windowSeconds: MINUTE },
  /** Writes from one client. */
  writesPerClient: { limit: 600, windowSeconds: MINUTE },
} as const satisfies Record<string, RateLimitRule>;

/** The longest window; counters older than this (and a margin) are pruned by the scheduled job. */
export const LONGEST_WINDOW_SECONDS = Math.max(...Object.values(LIMITS).map((rule) => rule.windowSeconds));
