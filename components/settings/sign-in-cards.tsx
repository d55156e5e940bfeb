import { AddPasskeyButton } from "@/components/auth/add-passkey-button";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { removePasskeyAction, renamePasskeyAction, signOutDeviceAction, signOutOtherDevicesAction } from "@/lib/auth/actions";
import type { PasskeySummary } from "@/lib/auth/passkeys";
import type { SignedInDevice } from "@/lib/auth/signed-in-devices";
import { formatDay, formatWhen } from "@/lib/time/format";
import { RenamePasskeyForm } from "./rename-passkey-form";

/** Settings → Passkeys: the person's passkeys (name, when made and last used), rename, remove, add one here. */
export function PasskeysCard({ passkeys, timeZone, now }: { passkeys: PasskeySummary[]; timeZone: string; now: Date }) {
  return (
    <Card id="passkeys" aria-labelledby="passkeys-heading" className="flex flex-col gap-4">
      <h2 id="passkeys-heading" className="text-xl font-bold">
        Passkeys
      </h2>
      <p className="text-muted">
        Sign in with your face, fingerprint or screen lock instead of an email: the passkey stays on your device (or in its password
        manager), and Kindred keeps only its public half.
      </p>
      {passkeys.length === 0 ? <p>You have no passkeys yet.</p> : null}
      <ul className="flex flex-col gap-4">
        {passkeys.map((key) => (
          <li key={key.id} className="flex flex-col gap-3 rounded-2xl border border-line p-4" aria-label={key.name}>
            <RenamePasskeyForm action={renamePasskeyAction} passkeyId={key.id} name={key.name} />
            <p className="text-sm text-muted">
              Added {formatDay(key.createdAt, timeZone)} ·{" "}
              {key.lastUsedAt ? `last used ${formatWhen(key.lastUsedAt, timeZone, now)}` : "not used yet"}
              {key.synced ? " · synced to your other devices" : ""}
            </p>
            <ActionButton action={removePasskeyAction} fields={{ passkeyId: key.id }} variant="ghost" pendingLabel="Removing…">
              Remove
            </ActionButton>
          </li>
        ))}
      </ul>
      <AddPasskeyButton label={passkeys.length === 0 ? "Sign in with a passkey next time" : "Add a passkey on this device"} />
    </Card>
  );
}

/** Settings → Signed-in devices: every session, this one first, each with its own sign-out. */
export function SignedInDevicesCard({ devices, timeZone, now }: { devices: SignedInDevice[]; timeZone: string; now: Date }) {
  return (
    <Card id="devices" aria-labelledby="devices-heading" className="flex flex-col gap-4">
      <h2 id="devices-heading" className="text-xl font-bold">
        Signed-in devices
      </h2>
      <ul className="flex flex-col divide-y divide-line">
        {devices.map((device) => (
          <li key={device.id} className="flex flex-wrap items-center justify-between gap-3 py-3" aria-label={device.label}>
            <div className="flex flex-col">
              <p className="font-semibold">
                {device.label}
                {device.current ? <span className="ml-2 rounded-full bg-sage-light px-2 py-0.5 text-sm text-sage">This device</span> : null}
              </p>
              <p className="text-sm text-muted">
                Signed in {formatDay(device.createdAt, timeZone)} · last seen {formatWhen(device.lastSeenAt, timeZone, now)}
              </p>
            </div>
            {device.current ? (
              <SignOutButton />
            ) : (
              <ActionButton action={signOutDeviceAction} fields={{ sessionId: device.id }} pendingLabel="Signing out…">
                Sign out
              </ActionButton>
            )}
          </li>
        ))}
      </ul>
      {/* Always here, so its confirmation stays in view once the others have left the list. */}
      <ActionButton action={signOutOtherDevicesAction} fields={{}} messages="all" pendingLabel="Signing out…">
        Sign out everywhere else
      </ActionButton>
    </Card>
  );
}
