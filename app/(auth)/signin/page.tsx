import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PasskeySignIn } from "@/components/auth/passkey-sign-in";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getViewer } from "@/lib/auth/viewer";
import { safeCallbackPath } from "@/lib/auth/callback";
import { UNAVAILABLE_MESSAGE } from "@/lib/errors";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  RateLimited: "Too many sign-in emails were asked for. Please wait 15 minutes, then try again.",
  Unavailable: UNAVAILABLE_MESSAGE,
  Verification: "That sign-in link has expired or has already been used. Ask for a new one below.",
  EmailSignin: "We couldn't send the sign-in email. Please try again in a moment.",
  SessionRequired: "Please sign in to continue.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const error = errorCode ? (ERRORS[errorCode] ?? "Something went wrong signing in. Please try again.") : undefined;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Sign in or create your account</h1>
        <p className="text-muted">We&apos;ll email you a link and a code. No password to remember.</p>
      </div>
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
      <PasskeySignIn callbackUrl={callbackUrl} />
      <p className="text-sm text-muted">
        What Kindred keeps, and who sees what:{" "}
        <Link href="/privacy" className="font-semibold text-clay-dark underline">
          privacy
        </Link>
        .
      </p>
    </div>
  );
}
