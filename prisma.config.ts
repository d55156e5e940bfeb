import path from "node:path";
import { defineConfig } from "prisma/config";
// Prisma's native schema engine is downloaded from Prisma's servers, which these
// machines cannot reach, so the CLI runs the JavaScript (wasm) schema engine over
// a driver adapter. @prisma/adapter-pg 6.19 cannot read Postgres' `name` type
// (prisma/orm#27403) and so fails inside `migrate deploy`; the 7.x adapter,
// installed under an alias, is used here for migrations only. The app itself
// uses the 6.19 adapter that matches the 6.19 client (lib/db.ts).
import { PrismaPg } from "@prisma/adapter-pg-migrate";

const databaseUrl = process.env.DATABASE_URL;
// schema.prisma names env("DATABASE_URL"), and Prisma 6.19 refuses to read the
// schema (and then tries to download native engines) when it is unset, even for
// `prisma generate`, which never connects. Give generate a placeholder; the
// adapter below still insists on a real URL for every command that connects.
process.env.DATABASE_URL ??= "postgresql://generate-only@localhost/unused";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const connectionString = databaseUrl;
    if (!connectionString) {
      throw new Error(
        "DATABASE_URL is not set. `npm run dev` and `npm test` start an embedded PostgreSQL and set it for you; set it yourself to run Prisma commands directly.",
      );
    }
    return new PrismaPg({ connectionString });
  },
});
