import type { Metadata } from "next";
import Link from "next/link";
import { usesDevMailbox } from "@/lib/env";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  const devMailbox = usesDevMailbox();
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-3xl font-bold">Check your email</h1>
      <p className="text-lg">
        We sent a sign-in link to {email ? <strong className="break-all">{email}</strong> : "your address"}. Open it on this device to
        continue. It works once and expires in 24 hours.
      </p>
      <p className="text-muted">
        Nothing there after a minute? Look in your spam folder, or{" "}
        <Link className="font-semibold text-clay-dark underline" href="/signin">
          ask for a new link
        </Link>
        .
      </p>
      {devMailbox ? (
        <p className="rounded-xl border border-line bg-sand px-4 py-3 text-sm">
          Running locally: emails go to the{" "}
          <Link
            className="font-semibold text-clay-dark underline"
            href={email ? `/dev/mailbox?to=${encodeURIComponent(email)}` : "/dev/mailbox"}
          >
            development mailbox
          </Link>
          .
        </p>
      ) : null}
    </div>
  );
}
