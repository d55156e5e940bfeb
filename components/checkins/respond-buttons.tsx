"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/field";
import { respondAction } from "@/lib/checkins/actions";
import { RESPONSES } from "@/lib/checkins/responses";
import { idleFormState } from "@/lib/forms/form-state";

/** One tap to answer a partner's check-in; the chosen answer is pressed, tap again to take it back. */
export function RespondButtons({ checkInId, current }: { checkInId: string; current: keyof typeof RESPONSES | null }) {
  const [state, action, pending] = useActionState(respondAction, idleFormState);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="checkInId" value={checkInId} />
      <div role="group" aria-label="Respond" className="grid grid-cols-3 gap-1.5">
        {Object.entries(RESPONSES).map(([kind, label]) => (
          <button
            key={kind}
            type="submit"
            name="kind"
            value={kind}
            disabled={pending}
            aria-pressed={current === kind}
            className={`min-h-11 rounded-2xl border px-2 py-1.5 text-sm leading-tight font-semibold transition-colors ${
              current === kind ? "border-clay bg-clay text-white" : "border-line bg-white text-ink hover:bg-sand"
            }`}
          >
            {label}
          </button>
        ))}
      </div>
      {state.status === "error" ? <FormMessage status="error" message={state.message} /> : null}
    </form>
  );
}
