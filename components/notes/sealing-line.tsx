import Link from "next/link";
import { LockIcon } from "@/components/vault/lock-icon";

/** Under a note or reply of a couple that encrypts its words: what happens to it, or how to unlock this device. */
export function SealingLine({ locked }: { locked: boolean }) {
  return (
    <p className="text-sm text-muted">
      <LockIcon />
      {locked ? (
        <>
          Your words are encrypted between you.{" "}
          <Link href="/settings#our-words" className="font-semibold text-clay-dark underline">
            Unlock your notes on this device
          </Link>{" "}
          to write here.
        </>
      ) : (
        "Encrypted on this device before it's sent: only the two of you can read it."
      )}
    </p>
  );
}
