import type { Metadata } from "next";
import { BrandHeader } from "@/components/shell/brand-header";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Privacy" };

/**
 * What Kindred keeps, and who sees what. Plain content, but rendered per
 * request like every page: its scripts need this request's CSP nonce.
 */
export default async function PrivacyPage() {
  await connection();
  return (
    <div className="mx-auto flex min-h-dvh max-w-2xl flex-col px-5 py-8">
      <BrandHeader />
      <main id="main" className="flex flex-col gap-4 leading-relaxed">
        <h1 className="text-3xl font-bold">Who sees what</h1>
        <p>Kindred is built for two people and nobody else. These rules hold on every page, in every email and in every export.</p>
        <h2 className="mt-4 text-xl font-bold">Private means private</h2>
        <p>A check-in you mark private is seen by you alone. It is never shown, counted, charted, summarised or emailed to your partner.</p>
        <p>
          With <strong>Settings → Encrypt my private notes</strong> on, the note of a private check-in is encrypted on your device before it
          is sent, with a key only your recovery phrase or passkey unlocks: Kindred stores it, and cannot read it. With{" "}
          <strong>Encrypt our words</strong> on too, the notes and replies you and your partner send each other are encrypted the same way,
          with a key only your two devices hold; the weekly email then counts them without quoting them.
        </p>
        <h2 className="mt-4 text-xl font-bold">Shared is shared with one person</h2>
        <p>
          Shared check-ins and notes are seen by your current partner only, and only while you are linked. If either of you unlinks, each
          keeps what they wrote and stops seeing what the other wrote.
        </p>
        <h2 className="mt-4 text-xl font-bold">Your data is yours</h2>
        <p>
          In Settings you can download everything Kindred holds about you as a file, or delete your account with everything you wrote.
          Invite links and codes are stored only in scrambled form.
        </p>
      </main>
    </div>
  );
}
