import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { RepairList } from "@/lib/repair/service";
import { ReceivedRepairs } from "./received-repairs";
import { SendRepair } from "./send-repair";

/**
 * Home's way into repair: an apology waiting for the viewer (or an answer to
 * theirs), what the partner sent from the list, and a few of their phrases
 * to send in one tap.
 */
export function RepairCard({
  list,
  apologies,
  partnerName,
  timeZone,
}: {
  list: RepairList;
  /** Apologies waiting for the viewer's answer; answers to theirs not yet seen. */
  apologies: { waiting: number; answered: number };
  partnerName: string;
  timeZone: string;
}) {
  const { waiting, answered } = apologies;
  return (
    <Card aria-labelledby="repair-heading" className="flex flex-col gap-3">
      <h2 id="repair-heading" className="text-xl font-bold">
        When it&apos;s tense
      </h2>
      {waiting > 0 ? (
        <p className="rounded-lg bg-sage-light px-3 py-2">
          <bdi>{partnerName}</bdi> sent you {waiting === 1 ? "an apology" : `${waiting} apologies`}.{" "}
          <Link href="/repair#apologies" className="font-semibold text-clay-dark underline">
            Read it when you&apos;re ready
          </Link>
        </p>
      ) : null}
      {answered > 0 ? (
        <p className="rounded-lg bg-sand px-3 py-2">
          <bdi>{partnerName}</bdi> answered your apology.{" "}
          <Link href="/repair#apologies" className="font-semibold text-clay-dark underline">
            See the answer
          </Link>
        </p>
      ) : null}
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
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/repair" className="font-semibold text-clay-dark underline">
          {list.mine.length > 0 || list.partners.length > 0 ? "Our repair list" : "Make our repair list"}
        </Link>
        <Link href="/repair/apology" className="font-semibold text-clay-dark underline">
          Write an apology
        </Link>
      </div>
    </Card>
  );
}
