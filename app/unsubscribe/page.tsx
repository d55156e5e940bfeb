import type { Metadata } from "next";
import { BrandHeader } from "@/components/shell/brand-header";
import Link from "next/link";
import { ResubscribeForm } from "@/components/preferences/resubscribe-form";
import { EMAIL_KINDS, verifyUnsubscribeToken } from "@/lib/email/unsubscribe";
import { setEmailKind } from "@/lib/preferences/service";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

/** The link in every email: one click unsubscribes, and the page offers to undo it. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const token = (await searchParams).token ?? "";
  const parsed = verifyUnsubscribeToken(token);
  const done = parsed ? await setEmailKind(parsed.userId, parsed.kind, false) : false;
  return (
    <div className="mx-auto flex min-h-dvh max-w-md flex-col px-5 py-8">
      <BrandHeader />
      <main id="main" className="flex flex-col gap-5">
        {parsed && done ? (
          <>
            <h1 className="text-3xl font-bold">You&apos;re unsubscribed</h1>
            <p className="text-lg">You won&apos;t get {EMAIL_KINDS[parsed.kind].label} any more. Other emails are not affected.</p>
            <ResubscribeForm token={token} label={EMAIL_KINDS[parsed.kind].label} />
            <p className="text-sm text-muted">
              You can change every email preference in{" "}
              <Link href="/settings" className="font-semibold text-clay-dark underline">
                Settings
              </Link>
              .
            </p>
          </>
        ) : (
          <>
            <h1 className="text-3xl font-bold">This link doesn&apos;t work</h1>
            <p role="alert" className="rounded-xl border border-danger/30 bg-red-50 px-4 py-3 text-danger">
              The unsubscribe link is incomplete or not valid. You can change your email preferences in Settings after signing in.
            </p>
          </>
        )}
      </main>
    </div>
  );
}
