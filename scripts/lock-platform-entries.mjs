// The registry these machines use does not serve some optional, platform-only
// builds of native parts (Next.js's SWC, Tailwind's oxide, the oxc parser and
// resolvers that knip and ESLint's import resolver use): macOS, Windows,
// Android, FreeBSD, other CPUs. `npm install` skips them, but then `npm ci`
// refuses the lockfile ("Missing: ... from lock file"). This records each
// missing one in package-lock.json with the os/cpu (and libc) its name
// declares, as npm would, so `npm ci` accepts the lockfile; on Linux x64 they
// are never installed. Run it after changing dependencies: `npm run lock:platforms`.
import { readFileSync, writeFileSync } from "node:fs";

const OS = ["android", "darwin", "freebsd", "linux", "openharmony", "win32"];
const CPU = {
  arm64: "arm64",
  x64: "x64",
  arm: "arm",
  ia32: "ia32",
  ppc64: "ppc64",
  riscv64: "riscv64",
  s390x: "s390x",
  loong64: "loong64",
};

/** "darwin-arm64", "linux-arm-gnueabihf", "win32-x64-msvc", "wasm32-wasi" at the end of a package name → its platform fields. */
export function platformOf(name) {
  if (/-wasm32-wasi$/.test(name)) return { cpu: ["wasm32"] };
  const match = new RegExp(`-(${OS.join("|")})-(${Object.keys(CPU).join("|")})(?:-(gnu|musl|gnueabihf|musleabihf|eabi|msvc))?$`).exec(name);
  if (!match) return null;
  const [, os, cpu, abi] = match;
  const libc = os === "linux" && abi ? (abi.startsWith("musl") ? ["musl"] : ["glibc"]) : undefined;
  return { os: [os], cpu: [CPU[cpu]], ...(libc ? { libc } : {}) };
}

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
let added = 0;
for (const parent of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(parent.optionalDependencies ?? {})) {
    const platform = platformOf(name);
    const key = `node_modules/${name}`;
    if (!platform || lock.packages[key]) continue;
    lock.packages[key] = { version, dev: parent.dev || undefined, optional: true, ...platform };
    added++;
  }
}
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: recorded ${added} platform-only optional packages`);
