import { defineConfig, devices } from "@playwright/test";
import { chromiumFlags, chromiumPath } from "./scripts/lib/chromium";
import { E2E_PORT } from "./tests/e2e/config";

const launchOptions = { executablePath: chromiumPath, args: chromiumFlags };
const TIMED = /talk-live\.spec\.ts/;

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Many specs walk two or three people through a whole flow; on CI's two cores with two workers some take
  // close to a minute (the slowest mark themselves test.slow()).
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    // Recording a trace of every test cost a quarter of the suite's time on two cores (6.3 min against 4.7 for the
    // same 34 tests): it is recorded when a failed test runs again (CI retries once). Locally, add `--trace on`.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, testIgnore: TIMED },
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: TIMED },
    // Specs that time the app run alone once the others are done, so their figures are the app's and not
    // the contention of two workers on two cores.
    { name: "timed", use: { ...devices["Pixel 7"], launchOptions }, testMatch: TIMED, dependencies: ["phone", "desktop"] },
  ],
});
