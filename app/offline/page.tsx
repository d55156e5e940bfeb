import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { BrandHeader } from "@/components/shell/brand-header";

export const metadata: Metadata = { title: "Offline", robots: { index: false } };

/**
 * What the service worker shows for a page it has no copy of while there is
 * no connection. Rendered per request like every page (its scripts need the
 * request's CSP nonce); the worker keeps the copy it fetched at install, whose
 * header and scripts carry the same nonce.
 */
export default async function OfflinePage() {
  await connection();
  return (
    <div className="mx-auto flex min-h-dvh max-w-md flex-col px-5 py-8">
      <BrandHeader />
      <main id="main" className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">You&apos;re offline</h1>
        <p>This page needs a connection. You can still check in: it&apos;s kept on this phone and sent when you&apos;re back online.</p>
        <Link href="/checkin" className="self-start rounded-full bg-clay px-5 py-3 font-semibold text-white">
          Check in
        </Link>
      </main>
    </div>
  );
}
