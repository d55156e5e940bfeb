/**
 * Debian's Chromium, which the browser tests and the benches drive (Playwright's
 * own browser downloads cannot reach their host on these machines).
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for a quiet, offline, headless-friendly Chromium in a container. */
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-gpu",
];
