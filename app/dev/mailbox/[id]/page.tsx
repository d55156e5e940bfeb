import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { assertDevMailbox, getMailboxEmail, linksIn } from "@/lib/email/dev-mailbox";

export const metadata: Metadata = { title: "Email", robots: { index: false } };

export default async function MailboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  await assertDevMailbox();
  const email = await getMailboxEmail((await params).id);
  if (!email) notFound();
  const links = linksIn(email.html);
  const headers = Object.entries((email.headers ?? {}) as Record<string, string>);
  // Links inside the preview open in the top window, as they would from a mail client.
  const preview = email.html.replace(/<head>/i, '<head><base target="_top">');
  return (
    <main id="main" className="mx-auto flex max-w-3xl flex-col gap-5 px-5 py-8">
      <Link href={`/dev/mailbox?to=${encodeURIComponent(email.to)}`} className="text-sm font-semibold text-clay-dark underline">
        ← Mailbox of {email.to}
      </Link>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{email.subject}</h1>
        <p className="text-sm text-muted">
          From {email.from} to {email.to}
        </p>
      </div>
      {links.length > 0 ? (
        <section aria-labelledby="links-heading" className="rounded-2xl border border-line bg-white p-5">
          <h2 id="links-heading" className="text-lg font-bold">
            Links in this email
          </h2>
          <ul className="mt-2 flex flex-col gap-2">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="font-semibold break-all text-clay-dark underline">
                  {link.text}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {headers.length > 0 ? (
        <section aria-labelledby="headers-heading" className="rounded-2xl border border-line bg-white p-5">
          <h2 id="headers-heading" className="text-lg font-bold">
            Headers
          </h2>
          <dl className="mt-2 grid gap-1 text-sm">
            {headers.map(([name, value]) => (
              <div key={name} className="break-all">
                <dt className="inline font-semibold">{name}: </dt>
                <dd className="inline">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <iframe
        title="Email as HTML"
        srcDoc={preview}
        sandbox="allow-top-navigation-by-user-activation allow-popups"
        className="h-[32rem] w-full rounded-2xl border border-line bg-white"
      />
      <details className="rounded-2xl border border-line bg-white p-5">
        <summary className="cursor-pointer font-semibold">Plain-text version</summary>
        <pre className="mt-3 whitespace-pre-wrap text-sm">{email.text}</pre>
      </details>
    </main>
  );
}
