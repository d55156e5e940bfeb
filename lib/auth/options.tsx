import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { db } from "@/lib/db";
import { canonicalEmail, isEmailAddress } from "@/lib/email/address";
import { sendEmail } from "@/lib/email/mailer";
import { SignInEmail } from "@/lib/email/templates/sign-in-email";
import { appUrl, emailFrom, env } from "@/lib/env";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-policy";
import { SIGN_IN_MINUTES } from "./sign-in-code";
import { createSignInCode } from "./sign-in-codes";

/** Lower-case, trimmed, one address: the form every email is stored and compared in. */
function normalizeEmail(raw: string): string {
  const email = canonicalEmail(raw);
  if (!isEmailAddress(email)) throw new Error("Enter a valid email address");
  return email;
}

/**
 * The email links to a page with one "Sign in" button rather than to
 * next-auth's callback: a work mailbox's link scanner opens every link in an
 * email, which would use up a one-time link before the person taps it.
 * The page's button submits the same token to the callback (a form, so it
 * works without JavaScript); opening the page changes nothing.
 */
function confirmationLink(callbackUrl: string): string {
  const link = new URL("/signin/confirm", appUrl());
  link.search = new URL(callbackUrl).search;
  return link.toString();
}

let options: NextAuthOptions | undefined;

/** next-auth's options, built on first use so that `next build` needs no secrets. */
export function getAuthOptions(): NextAuthOptions {
  options ??= {
    // The adapter only calls model delegates, which the generated client has.
    adapter: PrismaAdapter(db as never),
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    providers: [
      EmailProvider({
        from: emailFrom(),
        maxAge: SIGN_IN_MINUTES * 60,
        normalizeIdentifier: normalizeEmail,
        // The link for a browser that shares the mail app's cookies; the code
        // for the installed app, which does not (on an iPhone, Mail opens
        // links in Safari).
        async sendVerificationRequest({ identifier, url, token }) {
          const link = confirmationLink(url);
          const callbackUrl = new URL(url).searchParams.get("callbackUrl") ?? "/home";
          const code = await createSignInCode({ email: identifier, token, callbackUrl });
          await sendEmail({
            to: identifier,
            subject: code ? `Sign in to Kindred: your code is ${code}` : "Your link to sign in to Kindred",
            react: <SignInEmail url={link} code={code} host={new URL(link).host} expiresInMinutes={SIGN_IN_MINUTES} />,
          });
        },
      }),
    ],
    callbacks: {
      // For next-auth's own /api/auth/session; pages and routes use getViewer().
      session({ session, user }) {
        const { id, email, name, timeZone } = user as typeof user & { timeZone: string | null };
        return { ...session, user: { id, email, name: name ?? null, timeZone } };
      },
    },
  };
  return options;
}
