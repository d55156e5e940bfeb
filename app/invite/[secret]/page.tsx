import type { Metadata } from "next";
import { BrandHeader } from "@/components/shell/brand-header";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AcceptInviteForm } from "@/components/couples/accept-invite-form";
import { ButtonLink } from "@/components/ui/button-link";
import { getViewer, isOnboarded } from "@/lib/auth/viewer";
import { INVITE_PROBLEMS } from "@/lib/couples/invite-status";
import { previewInvite } from "@/lib/couples/service";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/rate-limit/client-address";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };

export default async function InvitePage({ params }: { params: Promise<{ secret: string }> }) {
  const { secret } = await params;
  const here = `/invite/${encodeURIComponent(secret)}`;
  const viewer = await getViewer();
  if (viewer && !isOnboarded(viewer)) redirect(`/welcome?next=${encodeURIComponent(here)}`);

  let problem: string | null = null;
  let inviterName = "";
  try {
    const preview = await previewInvite(decodeURIComponent(secret), { client: clientAddress(await headers()) });
    if (preview.status === "unknown") problem = INVITE_PROBLEMS.unknown;
    else {
      inviterName = preview.inviterName;
      if (preview.status !== "pending") problem = INVITE_PROBLEMS[preview.status];
      else if (viewer && preview.inviterId === viewer.id) problem = INVITE_PROBLEMS.ownInvite;
      else if (viewer?.couple) problem = INVITE_PROBLEMS.alreadyLinked;
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problem = error.message;
  }

  return (
    <div className="mx-auto flex min-h-dvh max-w-md flex-col px-5 py-8">
      <BrandHeader />
      <main id="main" className="flex flex-col gap-5">
        {problem ? (
          <>
            <h1 className="text-3xl font-bold">This invite can&apos;t be used</h1>
            <p role="alert" className="rounded-xl border border-danger/30 bg-red-50 px-4 py-3 text-danger">
              {problem}
            </p>
            <ButtonLink href={viewer ? "/home" : "/"} variant="secondary" className="self-start">
              {viewer ? "Go home" : "What is Kindred?"}
            </ButtonLink>
          </>
        ) : (
          <>
            <h1 className="text-3xl font-bold">
              <bdi>{inviterName}</bdi> invited you to Kindred
            </h1>
            <p className="text-lg text-muted">
              Link your accounts to see each other&apos;s check-ins, send appreciation notes and share a practice of the week.
            </p>
            {viewer ? (
              <AcceptInviteForm secret={decodeURIComponent(secret)} inviterName={inviterName} />
            ) : (
              <>
                <ButtonLink href={`/signin?callbackUrl=${encodeURIComponent(here)}`} className="self-start">
                  Sign up or sign in to accept
                </ButtonLink>
                <p className="text-sm text-muted">
                  New here? Enter your email on the next page; you&apos;ll come straight back to this invite.
                </p>
              </>
            )}
          </>
        )}
      </main>
    </div>
  );
}
