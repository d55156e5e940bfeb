import { freePort } from "../../scripts/lib/ports";

/**
 * The port the suite's own `next start` listens on: E2E_PORT when set (the
 * suite stops with a clear message if it is taken), otherwise a free one
 * chosen when the config loads. Playwright's workers inherit the variable, so
 * the runner, the global set-up and every worker agree on it.
 */
process.env.E2E_PORT ??= String(await freePort());
export const E2E_PORT = Number(process.env.E2E_PORT);
