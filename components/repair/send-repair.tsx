import { TapForm } from "@/components/ui/tap-form";
import { sendRepairAction } from "@/lib/repair/actions";
import type { RepairList } from "@/lib/repair/service";

/**
 * The phrases the partner would welcome hearing, each sent in one tap (the
 * partner's own shared list; nothing they keep private is here).
 */
export function SendRepair({ picks, partnerName, limit }: { picks: RepairList["partners"]; partnerName: string; limit?: number }) {
  if (picks.length === 0) {
    return <p className="text-sm text-muted">{partnerName} hasn&apos;t picked any phrases yet.</p>;
  }
  return (
    <TapForm action={sendRepairAction} legend={`Send ${partnerName} words from their repair list`} className="flex flex-col gap-2">
      {picks.slice(0, limit).map((pick) => (
        <button
          key={pick.id}
          type="submit"
          name="pickId"
          value={pick.id}
          className="min-h-11 rounded-2xl border border-line bg-white px-4 py-2 text-left text-base text-ink transition-colors hover:bg-sand disabled:opacity-60"
        >
          <span aria-hidden="true" className="mr-2 text-clay">
            ↗
          </span>
          {pick.words}
        </button>
      ))}
    </TapForm>
  );
}
