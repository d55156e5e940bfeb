import type { Metadata } from "next";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ProfileForm } from "@/components/profile/profile-form";
import { Card } from "@/components/ui/card";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { saveProfile } from "@/lib/profile/actions";
import { timeZoneNames } from "@/lib/time/zones";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await requireOnboardedViewer();
  return (
    <>
      <h1 className="text-3xl font-bold">Settings</h1>
      <Card aria-labelledby="profile-heading" className="flex flex-col gap-4">
        <h2 id="profile-heading" className="text-xl font-bold">
          Profile
        </h2>
        <p className="text-sm text-muted">Signed in as {viewer.email}</p>
        <ProfileForm action={saveProfile} initial={{ name: viewer.name, timeZone: viewer.timeZone }} timeZones={timeZoneNames()} submitLabel="Save" />
      </Card>
      <Card aria-labelledby="session-heading" className="flex flex-col items-start gap-3">
        <h2 id="session-heading" className="text-xl font-bold">
          Session
        </h2>
        <SignOutButton />
      </Card>
    </>
  );
}
