// The registry these machines use does not serve some optional, platform-only
// builds of Next.js's and Tailwind's native parts (macOS, Windows, Android,
// FreeBSD, 32-bit ARM, WASI). `npm install` skips them, but then `npm ci`
// refuses the lockfile ("Missing: ... from lock file"). This records them in
// package-lock.json with their os/cpu, exactly as npm would, so `npm ci`
// accepts the lockfile; on Linux x64 they are never installed.
// Run it after changing dependencies: `node scripts/lock-platform-entries.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const PLATFORMS = {
  "android-arm64": { os: ["android"], cpu: ["arm64"] },
  "darwin-arm64": { os: ["darwin"], cpu: ["arm64"] },
  "darwin-x64": { os: ["darwin"], cpu: ["x64"] },
  "freebsd-x64": { os: ["freebsd"], cpu: ["x64"] },
  "linux-arm-gnueabihf": { os: ["linux"], cpu: ["arm"] },
  "wasm32-wasi": { cpu: ["wasm32"] },
  "win32-arm64-msvc": { os: ["win32"], cpu: ["arm64"] },
  "win32-x64-msvc": { os: ["win32"], cpu: ["x64"] },
};

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
let added = 0;
for (const [parentPath, parent] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(parent.optionalDependencies ?? {})) {
    const platform = Object.keys(PLATFORMS).find((suffix) => name.endsWith(`-${suffix}`));
    if (!platform || !/^@(next\/swc|tailwindcss\/oxide)-/.test(name)) continue;
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    lock.packages[key] = { version, dev: parent.dev || undefined, optional: true, ...PLATFORMS[platform] };
    added++;
  }
  void parentPath;
}
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: recorded ${added} platform-only optional packages`);
