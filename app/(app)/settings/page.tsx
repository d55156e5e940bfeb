import type { Metadata } from "next";
import Link from "next/link";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { UnlinkForm } from "@/components/couples/unlink-form";
import { PushPanel } from "@/components/phone/push-panel";
import { EmailPreferencesForm } from "@/components/preferences/email-preferences-form";
import { ProfileForm } from "@/components/profile/profile-form";
import { PasskeysCard, SignedInDevicesCard } from "@/components/settings/sign-in-cards";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { listPasskeys } from "@/lib/auth/passkeys";
import { sessionTokenFromCookies } from "@/lib/auth/sessions";
import { listSignedInDevices } from "@/lib/auth/signed-in-devices";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { listDevices } from "@/lib/notifications/devices";
import { vapidKeys } from "@/lib/notifications/vapid";
import { getEmailPreferences } from "@/lib/preferences/service";
import { formatDay } from "@/lib/time/format";
import { saveProfile } from "@/lib/profile/actions";
import { timeZoneNames } from "@/lib/time/zones";
import { OurWords } from "@/components/vault/our-words";
import { VaultSettings } from "@/components/vault/vault-settings";
import { getCoupleVaultState } from "@/lib/vault/couple";
import { getVaultState } from "@/lib/vault/service";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await requireOnboardedViewer();
  const now = new Date();
  const [preferences, devices, passkeys, sessions, vault, ourWords] = await Promise.all([
    getEmailPreferences(viewer),
    listDevices(viewer),
    listPasskeys(viewer),
    sessionTokenFromCookies().then((token) => listSignedInDevices(viewer, token, now)),
    getVaultState(viewer),
    getCoupleVaultState(viewer),
  ]);
  const publicKey = vapidKeys()?.publicKey ?? null;
  return (
    <>
      <h1 className="text-3xl font-bold">Settings</h1>
      <Card aria-labelledby="profile-heading" className="flex flex-col gap-4">
        <h2 id="profile-heading" className="text-xl font-bold">
          Profile
        </h2>
        <p className="text-sm text-muted">Signed in as {viewer.email}</p>
        <ProfileForm
          action={saveProfile}
          initial={{ name: viewer.name, timeZone: viewer.timeZone }}
          timeZones={timeZoneNames()}
          submitLabel="Save"
        />
      </Card>
      <Card id="notifications" aria-labelledby="phone-heading" className="flex flex-col gap-4">
        <h2 id="phone-heading" className="text-xl font-bold">
          Notifications on this phone
        </h2>
        {publicKey ? (
          <PushPanel
            publicKey={publicKey}
            devices={devices.map((d) => ({
              id: d.id,
              label: d.label,
              endpoint: d.endpoint,
              addedOn: formatDay(d.createdAt, viewer.timeZone),
            }))}
          />
        ) : (
          <p className="text-muted">Push notifications aren&apos;t set up on this server yet, so Kindred reaches you by email.</p>
        )}
      </Card>
      <Card aria-labelledby="email-heading" className="flex flex-col gap-4">
        <h2 id="email-heading" className="text-xl font-bold">
          What reaches you
        </h2>
        <EmailPreferencesForm initial={preferences} timeZone={viewer.timeZone} hasDevice={devices.length > 0} />
      </Card>
      <Card aria-labelledby="partner-heading" className="flex flex-col gap-3">
        <h2 id="partner-heading" className="text-xl font-bold">
          Partner
        </h2>
        {viewer.couple ? (
          <>
            <p>
              You&apos;re linked with{" "}
              <strong>
                <bdi>{viewer.couple.partner.name}</bdi>
              </strong>
              .
            </p>
            <UnlinkForm partnerName={viewer.couple.partner.name} />
          </>
        ) : (
          <>
            <p className="text-muted">You&apos;re not linked with anyone yet.</p>
            <ButtonLink href="/home" variant="secondary" className="self-start">
              Invite your partner
            </ButtonLink>
          </>
        )}
      </Card>
      <Card aria-labelledby="data-heading" className="flex flex-col gap-3">
        <h2 id="data-heading" className="text-xl font-bold">
          Your data
        </h2>
        <p className="text-muted">
          Everything Kindred holds about you, as a JSON file. What Kindred keeps, and who sees what:{" "}
          <Link href="/privacy" className="font-semibold text-clay-dark underline">
            privacy
          </Link>
          .
        </p>
        <a href="/api/me/export" download className="self-start font-semibold text-clay-dark underline">
          Export my data
        </a>
      </Card>
      <PasskeysCard passkeys={passkeys} timeZone={viewer.timeZone} now={now} />
      <Card id="encryption" aria-labelledby="encryption-heading" className="flex flex-col gap-3">
        <h2 id="encryption-heading" className="text-xl font-bold">
          Encrypt my private notes
        </h2>
        <VaultSettings userId={viewer.id} state={vault} />
      </Card>
      {ourWords && viewer.couple ? (
        <Card id="our-words" aria-labelledby="our-words-heading" className="flex flex-col gap-3">
          <h2 id="our-words-heading" className="text-xl font-bold">
            Encrypt our words
          </h2>
          <OurWords
            userId={viewer.id}
            coupleId={viewer.couple.id}
            state={ourWords}
            since={ourWords.since ? formatDay(ourWords.since, viewer.timeZone) : null}
          />
        </Card>
      ) : null}
      <SignedInDevicesCard devices={sessions} timeZone={viewer.timeZone} now={now} />
      <Card aria-labelledby="delete-heading" className="flex flex-col gap-3 border-danger/30">
        <h2 id="delete-heading" className="text-xl font-bold">
          Delete my account
        </h2>
        <p className="text-muted">
          This removes your profile and everything you wrote, for good.{" "}
          {viewer.couple ? `${viewer.couple.partner.name} will be unlinked and told by email.` : ""}
        </p>
        <DeleteAccountForm userId={viewer.id} email={viewer.email} />
      </Card>
    </>
  );
}
