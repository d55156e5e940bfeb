import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { safeCallbackPath } from "@/lib/auth/callback";
import { appUrl } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

const LinkSchema = z.object({
  token: z.string().min(1).max(200),
  email: z.string().min(3).max(254),
  callbackUrl: z.string().max(2048).optional(),
});

/**
 * Where the sign-in email's link lands: one button that completes sign-in. A
 * link scanner that opens the link uses nothing up; the token is spent only
 * when the person taps the button (a plain form, so no JavaScript is needed).
 */
export default async function ConfirmSignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parsed = LinkSchema.safeParse(await searchParams);
  if (!parsed.success) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">This link is incomplete</h1>
        <p role="alert" className="rounded-xl border border-danger/30 bg-red-50 px-4 py-3 text-danger">
          Part of the sign-in link is missing. Open it again from the email, or ask for a new one.
        </p>
        <Link href="/signin" className="font-semibold text-clay-dark underline">
          Ask for a new link
        </Link>
      </div>
    );
  }
  const { token, email, callbackUrl } = parsed.data;
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Sign in to Kindred</h1>
        <p className="text-muted">
          As <strong>{email}</strong>. The link works once.
        </p>
      </div>
      <form method="get" action="/api/auth/callback/email" className="flex flex-col">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="callbackUrl" value={safeCallbackPath(callbackUrl, "/home", new URL(appUrl()).origin)} />
        <Button type="submit">Sign in</Button>
      </form>
    </div>
  );
}
