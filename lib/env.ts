import { z } from "zod";

/**
 * The app's configuration, validated once. Development needs none of it:
 * `npm run dev` starts an embedded database and sets DATABASE_URL and a
 * NEXTAUTH_SECRET for you, and email goes to the development mailbox.
 */
const optionalString = z.preprocess((value) => (value === "" ? undefined : value), z.string().optional());

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is required (a postgresql:// connection string)" })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string"),
    NEXTAUTH_URL: z.url("NEXTAUTH_URL must be the app's public URL, e.g. https://kindred.example").optional(),
    NEXTAUTH_SECRET: optionalString.pipe(
      z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters (try `openssl rand -base64 32`)").optional(),
    ),
    RESEND_API_KEY: optionalString,
    EMAIL_FROM: optionalString.pipe(
      z
        .string()
        .regex(/^(.+<[^<>\s]+@[^<>\s]+>|[^<>\s]+@[^<>\s]+)$/, 'EMAIL_FROM must be an address, e.g. "Kindred <hello@example.com>"')
        .optional(),
    ),
    CRON_SECRET: optionalString.pipe(z.string().min(16, "CRON_SECRET must be at least 16 characters").optional()),
    // Opt-in for running a production build with the development mailbox
    // (local end-to-end tests). Never set it on a real deployment.
    KINDRED_DEV_MAILBOX: z.enum(["0", "1"]).default("0"),
    // Web Push (VAPID). All three or none: without them Kindred sends email only and
    // Settings says push is not set up. `npx web-push generate-vapid-keys` makes a pair.
    VAPID_PUBLIC_KEY: optionalString.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{87}$/, "VAPID_PUBLIC_KEY must be a P-256 public key, base64url (87 characters)")
        .optional(),
    ),
    VAPID_PRIVATE_KEY: optionalString.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{43}$/, "VAPID_PRIVATE_KEY must be a P-256 private key, base64url (43 characters)")
        .optional(),
    ),
    VAPID_SUBJECT: optionalString.pipe(
      z
        .string()
        .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, "VAPID_SUBJECT must be a mailto: address or an https:// URL")
        .optional(),
    ),
    // Who tells Kindred the client's address (per-client rate limits): "vercel", or the number of
    // reverse proxies in front of the app that each append to X-Forwarded-For (0: none, the socket's).
    // Unset: "vercel" on Vercel (which sets VERCEL=1), else 0.
    TRUST_PROXY: z.union([z.literal("vercel"), z.string().regex(/^\d$/).transform(Number)], {
      error: 'TRUST_PROXY must be "vercel" or the number of reverse proxies in front of the app (0 for none)',
    }),
  })
  .superRefine((env, ctx) => {
    const vapid = [env.VAPID_PUBLIC_KEY, env.VAPID_PRIVATE_KEY, env.VAPID_SUBJECT];
    if (vapid.some(Boolean) && !vapid.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["VAPID_PUBLIC_KEY"],
        message: "VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT go together: set all three (push on) or none (email only)",
      });
    }
    if (env.NODE_ENV !== "production") return;
    if (!env.NEXTAUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "NEXTAUTH_SECRET is required in production" });
    }
    if (!env.NEXTAUTH_URL) {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_URL"], message: "NEXTAUTH_URL is required in production" });
    }
    if (!env.RESEND_API_KEY && env.KINDRED_DEV_MAILBOX !== "1") {
      ctx.addIssue({
        code: "custom",
        path: ["RESEND_API_KEY"],
        message:
          "RESEND_API_KEY is required in production (KINDRED_DEV_MAILBOX=1 keeps email in the development mailbox, for local testing only)",
      });
    }
    // The mailbox page shows every sign-in link: only ever on this machine.
    if (env.KINDRED_DEV_MAILBOX === "1" && env.NEXTAUTH_URL && !isLocalUrl(env.NEXTAUTH_URL)) {
      ctx.addIssue({
        code: "custom",
        path: ["KINDRED_DEV_MAILBOX"],
        message: "KINDRED_DEV_MAILBOX=1 publishes every sign-in link at /dev/mailbox; it is refused unless NEXTAUTH_URL is on localhost",
      });
    }
    if (env.RESEND_API_KEY && !env.EMAIL_FROM) {
      ctx.addIssue({ code: "custom", path: ["EMAIL_FROM"], message: "EMAIL_FROM is required when RESEND_API_KEY is set" });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

function isLocalUrl(url: string): boolean {
  return ["localhost", "127.0.0.1", "[::1]"].includes(new URL(url).hostname);
}

export class InvalidEnvError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Kindred cannot start: its configuration is invalid.\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example for every variable.`,
    );
    this.name = "InvalidEnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const trustProxy = source.TRUST_PROXY || (source.VERCEL === "1" ? "vercel" : "0");
  const result = EnvSchema.safeParse({ ...source, TRUST_PROXY: trustProxy });
  if (!result.success) {
    throw new InvalidEnvError(
      result.error.issues.map((issue) => {
        const name = issue.path.join(".") || "environment";
        return issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
      }),
    );
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated environment (parsed on first use; instrumentation.ts calls it at start-up). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Email goes to the development mailbox page instead of Resend. */
export function usesDevMailbox(e: Env = env()): boolean {
  return !e.RESEND_API_KEY && (e.NODE_ENV !== "production" || e.KINDRED_DEV_MAILBOX === "1");
}

export function appUrl(e: Env = env()): string {
  return (e.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}

export function emailFrom(e: Env = env()): string {
  return e.EMAIL_FROM ?? "Kindred <hello@kindred.localhost>";
}
