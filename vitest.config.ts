import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    // `server-only` throws outside React Server Components; tests call server code directly.
    "server-only": path.join(root, "scripts/lib/server-only-stub.mjs"),
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: { name: "unit", include: ["tests/unit/**/*.test.{ts,tsx}"], environment: "node" },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.{ts,tsx}"],
          environment: "node",
          globalSetup: ["tests/support/integration-global-setup.ts"],
          setupFiles: ["tests/support/integration-setup.ts"],
          // Vitest's default is one worker fewer than the cores (one, on CI's two); these files spend most of their
          // time waiting on PostgreSQL, so one more than the cores overlaps that: 146 s → 93 s for the suite on two.
          maxWorkers: availableParallelism() + 1,
          // Run together with the unit project (test:clocks), a different worker count needs its own turn: after the unit files.
          sequence: { groupOrder: 1 },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
