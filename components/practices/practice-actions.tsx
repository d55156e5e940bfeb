"use client";

import { ActionButton } from "@/components/ui/action-button";
import { setTriedAction, swapPracticeAction } from "@/lib/practices/actions";

export function SwapPracticeButton({ slug, label }: { slug: string; label: string }) {
  return (
    <ActionButton action={swapPracticeAction} fields={{ slug }} messages="all">
      {label}
    </ActionButton>
  );
}

export function TriedToggle({ tried }: { tried: boolean }) {
  return (
    <ActionButton
      action={setTriedAction}
      fields={{ tried: tried ? "false" : "true" }}
      variant={tried ? "secondary" : "primary"}
      pressed={tried}
    >
      {tried ? "✓ We tried it" : "We tried it"}
    </ActionButton>
  );
}
