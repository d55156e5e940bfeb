/**
 * npm run bench:web
 *
 * Lighthouse (Debian's Chromium, offline, Lighthouse's default mobile profile:
 * a mid-range phone with simulated slow 4G and a 4× slower CPU) on the landing
 * page, home and check-in, each RUNS times (default 5; the median is reported,
 * as one run on a shared 2-core machine varies by several points):
 * performance ≥ 95, accessibility 100, best practices 100. Then the first-load
 * JavaScript of every page a person visits, gzipped, with home ≤ 130 kB.
 * Prints its figures and exits non-zero when a budget is missed.
 * BENCH_SKIP_BUILD=1 reuses the last `next build`; reports go to .bench/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags, type Result } from "lighthouse";
import { startBenchApp, type AppServer } from "../lib/app-server";
import { freshBenchDatabase } from "./lib/bench-db";
import { chromiumFlags, chromiumPath } from "../lib/chromium";
import { machineLine } from "./lib/machine";
import { seedLoadPeople, sessionCookieFor } from "./lib/people-load";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OUTPUT = ".bench";
const BUDGET = { performance: 95, accessibility: 100, "best-practices": 100 } as const;
const HOME_JS_BUDGET_KB = 130;
const AUDITED = [
  { name: "landing", path: "/", signedIn: false },
  { name: "home", path: "/home", signedIn: true },
  { name: "check-in", path: "/checkin", signedIn: true },
];
/** Every page a person opens directly, for the first-load JavaScript figures. */
const ROUTES = [
  { path: "/", signedIn: false },
  { path: "/signin", signedIn: false },
  { path: "/privacy", signedIn: false },
  { path: "/home", signedIn: true },
  { path: "/checkin", signedIn: true },
  { path: "/checkin/history", signedIn: true },
  { path: "/checkin/trends", signedIn: true },
  { path: "/notes", signedIn: true },
  { path: "/notes/new", signedIn: true },
  { path: "/practices", signedIn: true },
  { path: "/settings", signedIn: true },
];

const log = (line: string) => console.log(`[bench:web] ${line}`);
const failures: string[] = [];
const cookie = sessionCookieFor(1);

const { postgres, url: databaseUrl, client } = await freshBenchDatabase();
let app: AppServer | undefined;
try {
  await seedLoadPeople(client, 2);
  await client.end();
  mkdirSync(OUTPUT, { recursive: true });
  app = await startBenchApp(databaseUrl, { log, logFile: `${OUTPUT}/web-app.log` });
  const appUrl = app.url;
  // Warm the server: the first request to each route loads its code.
  for (const route of ROUTES)
    await fetch(`${appUrl}${route.path}`, { headers: route.signedIn ? { cookie: `${cookie.name}=${cookie.value}` } : {} });

  console.log("");
  console.log(machineLine());
  await lighthouseScores(appUrl);
  await firstLoadJavaScript(appUrl);
} finally {
  await app?.stop();
  await postgres.stop();
}
console.log("");
if (failures.length > 0) {
  console.log(`Budgets missed: ${failures.join("; ")}`);
  process.exitCode = 1;
} else {
  console.log("All web budgets met.");
}

async function lighthouseScores(appUrl: string) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ["--headless=new", ...chromiumFlags] });
  try {
    const version = (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()) as { Browser: string };
    let header = false;
    for (const page of AUDITED) {
      const flags: Flags = {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: Object.keys(BUDGET),
        extraHeaders: page.signedIn ? { Cookie: `${cookie.name}=${cookie.value}` } : undefined,
      };
      const runs: Result[] = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(`${appUrl}${page.path}`, flags);
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${page.path}: ${result.lhr.runtimeError.message}`);
        runs.push(result.lhr);
      }
      const score = (lhr: Result, category: keyof typeof BUDGET) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
      runs.sort((a, b) => score(a, "performance") - score(b, "performance"));
      const median = runs[Math.floor(runs.length / 2)]!;
      if (!header) {
        console.log(
          `Lighthouse ${median.lighthouseVersion}, ${version.Browser}, ${median.configSettings.formFactor} profile, median of ${RUNS} runs`,
        );
        header = true;
      }
      writeFileSync(`${OUTPUT}/lighthouse-${page.name}.json`, JSON.stringify(median, null, 2));
      const metric = (id: string) => median.audits[id]?.displayValue ?? "?";
      const scores = (Object.keys(BUDGET) as (keyof typeof BUDGET)[]).map((category) => {
        const value = score(median, category);
        const met = value >= BUDGET[category];
        if (!met) failures.push(`${page.name} ${category} ${value} < ${BUDGET[category]}`);
        return `${category} ${value}${met ? "" : ` (budget ${BUDGET[category]})`}`;
      });
      console.log(
        `${page.name.padEnd(9)} ${scores.join(", ")}; performance of each run ${runs.map((r) => score(r, "performance")).join("/")}; FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}, SI ${metric("speed-index")}`,
      );
      for (const category of ["accessibility", "best-practices"] as const) {
        for (const ref of median.categories[category]?.auditRefs ?? []) {
          const audit = median.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
            console.log(`          ${category}: ${audit.id}: ${audit.title}`);
        }
      }
    }
  } finally {
    chrome.kill();
  }
}

async function firstLoadJavaScript(appUrl: string) {
  console.log("");
  console.log(
    "First-load JavaScript: every script file a page loads before the network is idle, each gzipped (level 9); the HTML's inline data not counted.",
  );
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  const loaded = new Map<string, Map<string, number>>(); // route → file → gzipped bytes
  try {
    for (const route of ROUTES) {
      const context = await browser.newContext();
      if (route.signedIn) await context.addCookies([{ ...cookie, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
      const page = await context.newPage();
      const scripts = new Map<string, Promise<number>>();
      page.on("response", (response) => {
        if (response.request().resourceType() !== "script") return;
        const file = new URL(response.url()).pathname;
        scripts.set(
          file,
          response.body().then(
            (body) => gzipSync(body, { level: 9 }).length,
            () => 0,
          ),
        );
      });
      await page.goto(`${appUrl}${route.path}`, { waitUntil: "networkidle" });
      const files = new Map<string, number>();
      for (const [file, size] of scripts) files.set(file, await size);
      loaded.set(route.path, files);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const kB = (bytes: number) => (bytes / 1000).toFixed(1).padStart(6);
  const sum = (sizes: Iterable<number>) => [...sizes].reduce((a, b) => a + b, 0);
  const everyRoute = [...loaded.values()];
  const shared = new Map([...everyRoute[0]!].filter(([file]) => everyRoute.every((files) => files.has(file))));
  console.log(`  shared by every page: ${kB(sum(shared.values()))} kB in ${shared.size} files (React DOM, Next.js's router and runtime)`);
  for (const [path, files] of loaded) {
    const total = sum(files.values());
    const own = total - sum(shared.values());
    let note = "";
    if (path === "/home") {
      const met = total <= HOME_JS_BUDGET_KB * 1000;
      if (!met) failures.push(`home first-load JS ${kB(total).trim()} kB > ${HOME_JS_BUDGET_KB} kB`);
      note = `  budget ${HOME_JS_BUDGET_KB} kB: ${met ? "met" : "MISSED"}`;
    }
    console.log(
      `  ${path.padEnd(18)} ${kB(total)} kB in ${String(files.size).padStart(2)} files (${kB(own).trim()} kB beyond the shared files)${note}`,
    );
  }
  writeFileSync(
    `${OUTPUT}/first-load-js.json`,
    JSON.stringify(Object.fromEntries([...loaded].map(([path, files]) => [path, Object.fromEntries(files)])), null, 2),
  );
}
