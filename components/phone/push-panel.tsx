"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { removeDeviceAction, sendTestPushAction } from "@/lib/notifications/actions";

type Device = { id: string; label: string; addedOn: string; endpoint: string };
type PhoneState = "checking" | "unsupported" | "denied" | "off" | "on";

/** What this browser can do and has done: push supported? permission refused? subscribed and known to Kindred? */
async function detect(devices: Device[]): Promise<{ state: PhoneState; endpoint: string | null }> {
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window))
    return { state: "unsupported", endpoint: null };
  if (Notification.permission === "denied") return { state: "denied", endpoint: null };
  const registration = await navigator.serviceWorker.getRegistration("/");
  const subscription = registration ? await registration.pushManager.getSubscription() : null;
  const known = subscription && devices.some((d) => d.endpoint === subscription.endpoint);
  return { state: known ? "on" : "off", endpoint: subscription?.endpoint ?? null };
}

/**
 * Settings → "Notifications on this phone": turn on (the browser asks for
 * permission only on that tap), send a test, and every device of this
 * person's with Remove.
 */
export function PushPanel({ publicKey, devices }: { publicKey: string; devices: Device[] }) {
  const router = useRouter();
  const [phone, setPhone] = useState<{ state: PhoneState; endpoint: string | null }>({ state: "checking", endpoint: null });
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void detect(devices).then(setPhone);
  }, [devices]);

  async function turnOn() {
    setWorking(true);
    setProblem(null);
    try {
      const permission = await Notification.requestPermission();
      if (permission !== "granted") {
        setPhone({ state: permission === "denied" ? "denied" : "off", endpoint: null });
        return;
      }
      const registration = await navigator.serviceWorker.register("/sw.js", { scope: "/" });
      await navigator.serviceWorker.ready;
      const subscription =
        (await registration.pushManager.getSubscription()) ??
        (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: publicKey }));
      const response = await fetch("/api/push/devices", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(subscription.toJSON()),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        setProblem(body.error ?? "Kindred could not save this phone. Please try again.");
        return;
      }
      setPhone({ state: "on", endpoint: subscription.endpoint });
      router.refresh();
    } catch {
      setProblem("This browser could not turn notifications on. Please try again, or check its notification settings.");
    } finally {
      setWorking(false);
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <div role="status" className="flex flex-col gap-3">
        {phone.state === "checking" ? <p className="text-muted">Checking this phone…</p> : null}
        {phone.state === "unsupported" ? (
          <p>
            This browser can&apos;t show notifications from Kindred. On an iPhone, add Kindred to your Home Screen first (Share → Add to
            Home Screen), then open it from there.
          </p>
        ) : null}
        {phone.state === "denied" ? (
          <p>Notifications are blocked for Kindred in this browser. Allow them in the browser&apos;s site settings, then come back here.</p>
        ) : null}
        {phone.state === "on" ? <p>Notifications are on for this phone.</p> : null}
        {phone.state === "off" ? <p>Get a gentle nudge when your partner sends a note or responds, right on this phone.</p> : null}
      </div>
      {phone.state === "off" ? (
        <Button type="button" onClick={turnOn} disabled={working} className="self-start">
          {working ? "Turning on…" : "Turn on notifications"}
        </Button>
      ) : null}
      {problem ? <FormMessage status="error" message={problem} /> : null}
      {devices.length > 0 ? (
        <ul
          className="flex flex-col divide-y divide-line rounded-xl border border-line bg-white"
          aria-label="Devices with notifications on"
        >
          {devices.map((device) => (
            <li key={device.id} className="flex flex-col gap-3 p-4">
              <p>
                <strong>{device.label}</strong>
                {device.endpoint === phone.endpoint ? (
                  <span className="ml-2 rounded-full bg-sand px-2 py-0.5 text-sm">This phone</span>
                ) : null}
                <span className="block text-sm text-muted">Added {device.addedOn}</span>
              </p>
              <div className="flex flex-wrap gap-3">
                <ActionButton action={sendTestPushAction} fields={{ deviceId: device.id }} pendingLabel="Sending…" messages="all">
                  Send a test notification
                </ActionButton>
                <ActionButton action={removeDeviceAction} fields={{ deviceId: device.id }} pendingLabel="Removing…" variant="danger">
                  Remove
                </ActionButton>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
