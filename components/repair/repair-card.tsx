import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { RepairList } from "@/lib/repair/service";
import { ReceivedRepairs } from "./received-repairs";
import { SendRepair } from "./send-repair";

/** Home's way into the repair list: what the partner sent, and a few of their phrases to send in one tap. */
export function RepairCard({ list, partnerName, timeZone }: { list: RepairList; partnerName: string; timeZone: string }) {
  return (
    <Card aria-labelledby="repair-heading" className="flex flex-col gap-3">
      <h2 id="repair-heading" className="text-xl font-bold">
        When it&apos;s tense
      </h2>
      <ReceivedRepairs received={list.received} partnerName={partnerName} timeZone={timeZone} />
      {list.partners.length > 0 ? (
        <>
          <p className="text-sm text-muted">Words {partnerName} said they would welcome hearing. One tap sends one.</p>
          <SendRepair picks={list.partners} partnerName={partnerName} limit={3} />
        </>
      ) : (
        <p className="text-sm text-muted">
          Pick the words you&apos;d welcome hearing in a hard moment; {partnerName} picks theirs, and either of you can send one in one tap.
        </p>
      )}
      <Link href="/repair" className="font-semibold text-clay-dark underline">
        {list.mine.length > 0 || list.partners.length > 0 ? "Our repair list" : "Make our repair list"}
      </Link>
    </Card>
  );
}
