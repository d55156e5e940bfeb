/**
 * `npm run test:harness`: proves that a failing test fails its runner. For
 * each layer it writes a throwaway spec that must fail, runs that layer's own
 * npm script on it, and checks the exit code is not 0. (The embedded
 * PostgreSQL's exit hook once turned a failing integration run into exit 0.)
 * The e2e layer reuses the last build when there is one.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, rmSync, writeFileSync } from "node:fs";

type Layer = { name: string; file: string; source: string; command: string[]; env?: Record<string, string> };

const VITEST_CANARY = 'import { expect, it } from "vitest";\n\nit("harness canary: must fail", () => expect(1).toBe(2));\n';
const LAYERS: Layer[] = [
  {
    name: "unit",
    file: "tests/unit/zz-harness-canary.test.ts",
    source: VITEST_CANARY,
    command: ["run", "test:unit", "--", "tests/unit/zz-harness-canary.test.ts"],
  },
  {
    name: "integration",
    file: "tests/integration/zz-harness-canary.test.ts",
    source: VITEST_CANARY,
    command: ["run", "test:integration", "--", "tests/integration/zz-harness-canary.test.ts"],
  },
  {
    name: "e2e",
    file: "tests/e2e/zz-harness-canary.spec.ts",
    source:
      'import { expect, test } from "./fixtures";\n\ntest("harness canary: must fail", async ({ page }) => {\n  await page.goto("/");\n  expect(1).toBe(2);\n});\n',
    command: ["run", "test:e2e", "--", "tests/e2e/zz-harness-canary.spec.ts", "--project", "desktop", "--retries", "0"],
    env: existsSync(".next/BUILD_ID") ? { E2E_SKIP_BUILD: "1" } : {},
  },
];

/** Runs the layer's own script on its canary; true when it failed as it must. */
async function failsAsItMust(layer: Layer): Promise<boolean> {
  writeFileSync(layer.file, layer.source);
  try {
    const child = spawn("npm", layer.command, { env: { ...process.env, ...layer.env } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const [status] = (await once(child, "close")) as [number | null];
    const ok = status !== 0 && status !== null;
    console.log(
      `${ok ? "ok" : "BROKEN"}: a failing ${layer.name} test makes \`npm ${layer.command.slice(0, 2).join(" ")}\` exit ${status}`,
    );
    if (!ok) console.log(output.slice(-4000));
    return ok;
  } finally {
    rmSync(layer.file, { force: true });
  }
}

// The three layers side by side: each canary is its own file, and each runner starts what it needs.
const results = await Promise.all(LAYERS.map(failsAsItMust));
const broken = results.filter((ok) => !ok).length;
if (broken > 0) {
  console.log(`${broken} runner(s) exit 0 on a failing test: their results cannot be trusted.`);
  process.exitCode = 1;
}
