import type { Metadata } from "next";
import Link from "next/link";
import { assertDevMailbox, listMailbox } from "@/lib/email/dev-mailbox";

export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };

export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  await assertDevMailbox();
  const { to } = await searchParams;
  const emails = await listMailbox(to);
  return (
    <main id="main" className="mx-auto flex max-w-3xl flex-col gap-5 px-5 py-8">
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">Development mailbox</h1>
        <p className="text-muted">
          No RESEND_API_KEY is set, so Kindred keeps its emails here instead of sending them.
          {to ? (
            <>
              {" "}
              Showing mail to <strong>{to}</strong>.{" "}
              <Link className="font-semibold text-clay-dark underline" href="/dev/mailbox">
                Show all
              </Link>
            </>
          ) : null}
        </p>
      </div>
      {emails.length === 0 ? (
        <p className="rounded-2xl border border-line bg-white p-5 text-muted">No emails yet.</p>
      ) : (
        <ul className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-white">
          {emails.map((email) => (
            <li key={email.id}>
              <Link href={`/dev/mailbox/${email.id}`} className="flex flex-col gap-0.5 px-5 py-3 hover:bg-sand">
                <span className="font-semibold">{email.subject}</span>
                <span className="text-sm text-muted">
                  to {email.to} ·{" "}
                  <time dateTime={email.createdAt.toISOString()}>{email.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</time>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
