/**
 * npx tsx scripts/bench/profile-summary.ts <file.cpuprofile> [top]
 *
 * Where a V8 CPU profile's time went (made with BENCH_CPU_PROF=<folder> on a
 * bench): self time by package (node_modules/<name>, the app's server chunks,
 * Node's own code, the garbage collector, idle), then the functions with the
 * most self time. Prints percentages of the non-idle time.
 */
import { readFileSync } from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error("usage: profile-summary.ts <file.cpuprofile> [top]");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

function groupOf(node: Node): string {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const modules = url.split("node_modules/");
  if (modules.length > 1) {
    const rest = modules.at(-1)!.split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.includes("/.next/server/")) return "app (.next/server chunks)";
  if (url.startsWith("node:")) return "node internals";
  return url;
}

const groups = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, micros] of self) {
  const node = byId.get(id)!;
  const group = groupOf(node);
  groups.set(group, (groups.get(group) ?? 0) + micros);
  const name = `${node.callFrame.functionName || "(anonymous)"} ${group}:${node.callFrame.lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + micros);
}
const idle = groups.get("(idle)") ?? 0;
const busy = [...groups.values()].reduce((a, b) => a + b, 0) - idle;
const line = ([name, micros]: [string, number]) =>
  `${((100 * micros) / busy).toFixed(1).padStart(5)} %  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${name}`;
console.log(`busy ${(busy / 1e6).toFixed(1)} s, idle ${(idle / 1e6).toFixed(1)} s`);
console.log("self time by package:");
for (const entry of [...groups]
  .filter(([g]) => g !== "(idle)")
  .sort((a, b) => b[1] - a[1])
  .slice(0, 15))
  console.log(line(entry));
console.log("functions with the most self time:");
for (const entry of [...functions].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 25))) console.log(line(entry));
