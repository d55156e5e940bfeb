/** The one form every email address is stored and compared in: trimmed and lower-case. */
export function canonicalEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** One plausible address: no spaces, commas or semicolons (so never a list), a dot in the domain. */
export function isEmailAddress(email: string): boolean {
  return /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(email);
}
