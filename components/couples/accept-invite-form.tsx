"use client";

import { ActionButton } from "@/components/ui/action-button";
import { acceptInviteAction } from "@/lib/couples/actions";

export function AcceptInviteForm({ secret, inviterName }: { secret: string; inviterName: string }) {
  return (
    <ActionButton action={acceptInviteAction} fields={{ secret }} variant="primary" pendingLabel="Linking…" messages="all">
      Link with <bdi>{inviterName}</bdi>
    </ActionButton>
  );
}
