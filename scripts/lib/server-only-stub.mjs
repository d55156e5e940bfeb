// What `server-only` is outside Next.js: nothing. The package exists to keep
// server modules out of browser bundles and throws anywhere but in React
// Server Components; tests (vitest.config.ts) and command-line scripts
// (server-only-hook.mjs) are server-side by definition and load this instead.
export {};
