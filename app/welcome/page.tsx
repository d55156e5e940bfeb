import type { Metadata } from "next";
import { BrandHeader } from "@/components/shell/brand-header";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ProfileForm } from "@/components/profile/profile-form";
import { ZoneBeforeHydration } from "@/components/profile/zone-before-hydration";
import { safeCallbackPath } from "@/lib/auth/callback";
import { isOnboarded, requireViewer } from "@/lib/auth/viewer";
import { completeProfile } from "@/lib/profile/actions";
import { defaultTimeZone, timeZoneNames } from "@/lib/time/zones";

export const metadata: Metadata = { title: "Welcome" };

export default async function WelcomePage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const viewer = await requireViewer();
  const next = safeCallbackPath((await searchParams).next);
  if (isOnboarded(viewer)) redirect(next);
  const requestHeaders = await headers();
  const timeZone = viewer.timeZone ?? defaultTimeZone(requestHeaders.get("x-vercel-ip-timezone"));
  return (
    <div className="mx-auto flex min-h-dvh max-w-md flex-col px-5 py-8">
      <BrandHeader href="/home" />
      <main id="main" className="flex flex-col gap-6">
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold">Welcome to Kindred</h1>
          <p className="text-muted">Two quick things before we start.</p>
        </div>
        {viewer.timeZone ? null : <ZoneBeforeHydration nonce={requestHeaders.get("x-nonce") ?? undefined} />}
        <ProfileForm
          action={completeProfile}
          initial={{ name: viewer.name ?? "", timeZone }}
          timeZones={timeZoneNames()}
          submitLabel="Continue"
          detectTimeZone={!viewer.timeZone}
          next={next}
        />
      </main>
    </div>
  );
}
