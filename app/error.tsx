"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect } from "react";
import { Button } from "@/components/ui/button";

/** Shown when a page fails unexpectedly (the database is unreachable, say): calm words, no internals, a way to retry. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-5 py-8">
      <p className="font-serif text-2xl font-bold text-clay">Kindred</p>
      <h1 className="text-3xl font-bold">Something went wrong on our side</h1>
      <p className="text-lg text-muted">Nothing you saved is lost. Please try again in a moment.</p>
      {error.digest ? <p className="text-sm text-muted">Reference: {error.digest}</p> : null}
      <Button
        type="button"
        className="self-start"
        onClick={() =>
          startTransition(() => {
            // The failure was on the server: fetch the page again, then leave the error state.
            router.refresh();
            reset();
          })
        }
      >
        Try again
      </Button>
    </main>
  );
}
