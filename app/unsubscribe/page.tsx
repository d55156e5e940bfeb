import type { Metadata } from "next";
import Link from "next/link";
import { SubscriptionToggle } from "@/components/preferences/subscription-toggle";
import { BrandHeader } from "@/components/shell/brand-header";
import { getSubscription } from "@/lib/preferences/service";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

/** The link in every email: it asks for one tap (opening it changes nothing), and shows only the current state. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const token = (await searchParams).token ?? "";
  const subscription = token ? await getSubscription(token) : null;
  return (
    <div className="mx-auto flex min-h-dvh max-w-md flex-col px-5 py-8">
      <BrandHeader />
      <main id="main" className="flex flex-col gap-5">
        {subscription ? (
          <>
            <SubscriptionToggle token={token} label={subscription.label} subscribed={subscription.subscribed} />
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
