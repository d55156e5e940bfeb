import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { SIGN_IN_MINUTES } from "@/lib/auth/sign-in-code";
import { UNAVAILABLE_MESSAGE } from "@/lib/errors";
import { usesDevMailbox } from "@/lib/env";

export const metadata: Metadata = { title: "Check your email" };

/** What went wrong with a code, as /api/sign-in/code reports it. */
function codeError(error: string | undefined, left: number): string | undefined {
  switch (error) {
    case undefined:
      return undefined;
    case "wrong":
      return `That code isn't right. Check the email and try again (${left === 1 ? "1 try" : `${left} tries`} left).`;
    case "malformed":
      return "Enter the 6 digits from the email.";
    case "void":
      return "That code has been tried too many times and no longer works. Open the link in the email, or ask for a new code.";
    case "expired":
      return "That code has expired. Ask for a new one below.";
    case "used":
      return "That code, or the link beside it, has already been used. Ask for a new one if you are not signed in.";
    case "unknown":
      return "This device didn't ask for that code. Type it where you asked for the email, open the link instead, or ask for a new code here.";
    case "rate_limited":
      return "Too many codes were tried from here. Please wait 15 minutes, or open the link in the email.";
    case "unavailable":
      return UNAVAILABLE_MESSAGE;
    default:
      return "Something went wrong with that code. Please try again.";
  }
}

export default async function CheckEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ email?: string; error?: string; left?: string }>;
}) {
  const { email, error, left } = await searchParams;
  const devMailbox = usesDevMailbox();
  const message = codeError(error, Number(left) || 0);
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-3xl font-bold">Check your email</h1>
      <p className="text-lg">
        We sent a sign-in link and a 6-digit code to {email ? <strong className="break-all">{email}</strong> : "your address"}. Open the
        link on this device, or type the code below. Either works once, for {SIGN_IN_MINUTES} minutes.
      </p>
      {email ? (
        <form method="post" action="/api/sign-in/code" className="flex flex-col gap-4 rounded-2xl border border-line bg-white p-4">
          <FormMessage status={message ? "error" : "idle"} message={message} />
          <input type="hidden" name="email" value={email} />
          <TextField
            label="6-digit code"
            name="code"
            hint="Using Kindred from your Home Screen? The link would open in your browser instead, so type the code here."
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={12}
            required
            autoFocus
            aria-invalid={error === "wrong" || error === "malformed" ? true : undefined}
            className="text-center font-mono text-2xl tracking-[0.4em]"
          />
          <Button type="submit">Sign in with the code</Button>
        </form>
      ) : null}
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
