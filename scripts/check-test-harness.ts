/**
 * `npm run test:harness`: proves that a failing test fails its runner. For
 * each layer it writes a throwaway spec that must fail, runs that layer's own
 * npm script on it, and checks the exit code is not 0. (The embedded
 * PostgreSQL's exit hook once turned a failing integration run into exit 0.)
 * The e2e layer reuses the last build when there is one.
 */
import { spawnSync } from "node:child_process";
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

let broken = 0;
for (const layer of LAYERS) {
  writeFileSync(layer.file, layer.source);
  try {
    const run = spawnSync("npm", layer.command, { encoding: "utf8", env: { ...process.env, ...layer.env } });
    const ok = run.status !== 0 && run.status !== null;
    console.log(
      `${ok ? "ok" : "BROKEN"}: a failing ${layer.name} test makes \`npm ${layer.command.slice(0, 2).join(" ")}\` exit ${run.status}`,
    );
    if (!ok) {
      broken++;
      console.log(run.stdout.slice(-2000), run.stderr.slice(-2000));
    }
  } finally {
    rmSync(layer.file, { force: true });
  }
}
if (broken > 0) {
  console.log(`${broken} runner(s) exit 0 on a failing test: their results cannot be trusted.`);
  process.exitCode = 1;
}
