/**
 * npm run bench:web
 *
 * Lighthouse (Debian's Chromium, offline, Lighthouse's default mobile profile:
 * a mid-range phone with simulated slow 4G and a 4× slower CPU) on the landing
 * page and every page a signed-in person uses, each RUNS times (default 5; the
 * median is reported, as one run on a shared 2-core machine varies by several
 * points): performance ≥ 95, accessibility 100, best practices 100. Then the
 * first-load JavaScript of every page, gzipped: the files every page shares
 * (React DOM, Next.js's runtime) no bigger than SHARED_JS_BUDGET_KB, and each
 * page's own beyond them ≤ PAGE_JS_BUDGET_KB.
 * Prints its figures and exits non-zero when a budget is missed.
 * BENCH_SKIP_BUILD=1 reuses the last `next build`; BENCH_PAGES=/home,/talk
 * audits only those; BENCH_RUNS=0 skips Lighthouse (the JavaScript only);
 * reports go to .bench/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type pg from "pg";
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
/** The shared files as measured when issue 19 was filed: React DOM and Next.js's runtime, a floor. */
const SHARED_JS_BUDGET_KB = 136.3;
const PAGE_JS_BUDGET_KB = 6;

type Route = { path: string; signedIn: boolean; cookie?: { name: string; value: string } };
const NEWCOMER = { name: "next-auth.session-token", value: "bench-web-newcomer" };
/** Every page a person opens directly, signed out and signed in: Lighthouse and the JavaScript of each. */
const ALL_ROUTES: Route[] = [
  { path: "/", signedIn: false },
  { path: "/signin", signedIn: false },
  { path: "/privacy", signedIn: false },
  { path: "/welcome", signedIn: true, cookie: NEWCOMER },
  { path: "/home", signedIn: true },
  { path: "/checkin", signedIn: true },
  { path: "/checkin/seed-1-0/edit", signedIn: true },
  { path: "/checkin/history", signedIn: true },
  { path: "/checkin/trends", signedIn: true },
  { path: "/questions", signedIn: true },
  { path: "/talk", signedIn: true },
  { path: "/talk/bench-talk", signedIn: true },
  { path: "/notes", signedIn: true },
  { path: "/notes/new", signedIn: true },
  { path: "/notes/bench-note", signedIn: true },
  { path: "/practices", signedIn: true },
  { path: "/practices/active-listening", signedIn: true },
  { path: "/settings", signedIn: true },
];
const only = process.env.BENCH_PAGES?.split(",");
const ROUTES = only ? ALL_ROUTES.filter((route) => only.includes(route.path)) : ALL_ROUTES;

const log = (line: string) => console.log(`[bench:web] ${line}`);
const failures: string[] = [];
const cookie = sessionCookieFor(1);

const { postgres, url: databaseUrl, client } = await freshBenchDatabase();
let app: AppServer | undefined;
try {
  await seedLoadPeople(client, 2);
  await seedEveryPage(client);
  await client.end();
  mkdirSync(OUTPUT, { recursive: true });
  app = await startBenchApp(databaseUrl, { log, logFile: `${OUTPUT}/web-app.log` });
  const appUrl = app.url;
  // Warm the server: the first request to each route loads its code.
  for (const route of ROUTES) {
    const response = await fetch(`${appUrl}${route.path}`, { headers: cookieHeader(route), redirect: "manual" });
    if (response.status !== 200) throw new Error(`${route.path} answered ${response.status}, not 200: the seed does not fit the page`);
  }

  console.log("");
  console.log(machineLine());
  if (RUNS > 0) await lighthouseScores(appUrl);
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
    for (const page of ROUTES) {
      const flags: Flags = {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: Object.keys(BUDGET),
        extraHeaders: page.signedIn ? { Cookie: cookieHeader(page).cookie! } : undefined,
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
      const name = page.path === "/" ? "landing" : page.path.slice(1).replaceAll("/", "-");
      writeFileSync(`${OUTPUT}/lighthouse-${name}.json`, JSON.stringify(median, null, 2));
      const metric = (id: string) => median.audits[id]?.displayValue ?? "?";
      const scores = (Object.keys(BUDGET) as (keyof typeof BUDGET)[]).map((category) => {
        const value = score(median, category);
        const met = value >= BUDGET[category];
        if (!met) failures.push(`${page.path} ${category} ${value} < ${BUDGET[category]}`);
        return `${category} ${value}${met ? "" : ` (budget ${BUDGET[category]})`}`;
      });
      console.log(
        `${page.path.padEnd(28)} ${scores.join(", ")}; performance of each run ${runs.map((r) => score(r, "performance")).join("/")}; FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}, SI ${metric("speed-index")}`,
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
      if (route.signedIn)
        await context.addCookies([{ ...(route.cookie ?? cookie), domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
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
  const sharedBytes = sum(shared.values());
  const sharedMet = sharedBytes <= SHARED_JS_BUDGET_KB * 1000;
  if (!sharedMet) failures.push(`shared first-load JS ${kB(sharedBytes).trim()} kB > ${SHARED_JS_BUDGET_KB} kB`);
  console.log(
    `  shared by every page: ${kB(sharedBytes)} kB in ${shared.size} files (React DOM, Next.js's router and runtime)  budget ${SHARED_JS_BUDGET_KB} kB: ${sharedMet ? "met" : "MISSED"}`,
  );
  for (const [path, files] of loaded) {
    const total = sum(files.values());
    const own = total - sharedBytes;
    const met = own <= PAGE_JS_BUDGET_KB * 1000;
    if (!met) failures.push(`${path} ${kB(own).trim()} kB of its own JS > ${PAGE_JS_BUDGET_KB} kB`);
    const biggest = [...files]
      .filter(([file]) => !shared.has(file))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([file, size]) => `${file.split("/").pop()} ${kB(size).trim()}`)
      .join(", ");
    console.log(
      `  ${path.padEnd(28)} ${kB(total)} kB in ${String(files.size).padStart(2)} files, ${kB(own).trim()} kB its own${met ? "" : ` (budget ${PAGE_JS_BUDGET_KB} kB)`}${biggest ? `: ${biggest}` : ""}`,
    );
  }
  writeFileSync(
    `${OUTPUT}/first-load-js.json`,
    JSON.stringify(Object.fromEntries([...loaded].map(([path, files]) => [path, Object.fromEntries(files)])), null, 2),
  );
}

function cookieHeader(route: Route): { cookie?: string } {
  if (!route.signedIn) return {};
  const { name, value } = route.cookie ?? cookie;
  return { cookie: `${name}=${value}` };
}

/**
 * What the pages with an id need, for person 1 (u1, with u2 in couple c1): a note from
 * the partner, a talk where person 1 speaks, and a newcomer who has not chosen a name yet.
 */
async function seedEveryPage(db: pg.Client) {
  await db.query(`
    INSERT INTO "Note" (id, "authorId", "recipientId", "coupleId", body) VALUES ('bench-note', 'u2', 'u1', 'c1', 'Thank you for the coffee this morning.');
    INSERT INTO "TalkExchange" (id, "coupleId", topic, "startedById", "speakerId", "listenerId", phase, "updatedAt")
      VALUES ('bench-talk', 'c1', 'Weekend plans', 'u1', 'u1', 'u2', 'SPEAKING', now());
    INSERT INTO "User" (id, email, "updatedAt") VALUES ('newcomer', 'newcomer@bench.example', now());
    INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ('s-newcomer', '${NEWCOMER.value}', 'newcomer', now() + interval '1 day');
  `);
}
