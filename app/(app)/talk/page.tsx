import type { Metadata } from "next";
import Link from "next/link";
import { StartTalkForm } from "@/components/talk/forms";
import { ActionButton } from "@/components/ui/action-button";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { FollowUpCard } from "@/components/talk/follow-up-card";
import { agreementStatusAction } from "@/lib/talk/actions";
import { talkContent } from "@/lib/talk/content";
import { dueFollowUps } from "@/lib/talk/follow-up";
import { listAgreements, listTalks } from "@/lib/talk/service";
import { formatDay } from "@/lib/time/format";

export const metadata: Metadata = { title: "Talk" };

const STATUS = { ACTIVE: "", KEPT: "Kept", RETIRED: "Retired" } as const;

/** "Talk": start a guided exchange, the couple's talks, and the agreements they made. */
export default async function TalkPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const viewer = await requireOnboardedViewer();
  const { guidance } = talkContent();
  const partner = viewer.couple?.partner;
  const [talks, agreements, followUps, params] = await Promise.all([
    listTalks(viewer),
    listAgreements(viewer),
    dueFollowUps(viewer),
    searchParams,
  ]);
  return (
    <>
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">{guidance.start.title}</h1>
        <p className="text-muted">{guidance.start.intro}</p>
      </div>
      {params.deleted ? <FormMessage status="success" message="The talk was deleted for both of you." /> : null}
      {partner ? (
        <>
          <Card aria-labelledby="start-heading" className="flex flex-col gap-4">
            <h2 id="start-heading" className="text-xl font-bold">
              Start a talk with <bdi>{partner.name}</bdi>
            </h2>
            <StartTalkForm partnerName={partner.name} topicHint={guidance.start.topicHint} />
          </Card>
          {talks.length > 0 ? (
            <Card aria-labelledby="talks-heading" className="flex flex-col gap-3">
              <h2 id="talks-heading" className="text-xl font-bold">
                Your talks
              </h2>
              <ul className="flex flex-col divide-y divide-line">
                {talks.map((talk) => (
                  <li key={talk.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                    <Link href={`/talk/${talk.id}`} className="font-semibold text-clay-dark underline">
                      {talk.topic}
                    </Link>
                    <span className="text-sm text-muted">
                      {talk.closedAt
                        ? `Closed ${formatDay(talk.closedAt, viewer.timeZone)}`
                        : `Started ${formatDay(talk.createdAt, viewer.timeZone)}`}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
          <FollowUpCard followUps={followUps} partnerName={partner.name} />
          <Card aria-labelledby="agreements-heading" className="flex flex-col gap-3">
            <h2 id="agreements-heading" className="text-xl font-bold">
              Our agreements
            </h2>
            {agreements.length === 0 ? (
              <p className="text-muted">When you close a talk, you can agree on one small thing for next time. They&apos;re kept here.</p>
            ) : (
              <ul className="flex flex-col divide-y divide-line">
                {agreements.map((agreement) => (
                  <li key={agreement.id} className="flex flex-col gap-2 py-3">
                    <p className={agreement.status === "RETIRED" ? "text-muted line-through" : ""}>
                      {agreement.text}
                      <span className="block text-sm text-muted">
                        {formatDay(agreement.createdAt, viewer.timeZone)}
                        {STATUS[agreement.status] ? ` · ${STATUS[agreement.status]}` : ""}
                      </span>
                    </p>
                    <div className="flex flex-wrap gap-2">
                      {agreement.status !== "KEPT" ? (
                        <ActionButton
                          action={agreementStatusAction}
                          fields={{ agreementId: agreement.id, status: "KEPT" }}
                          className="min-h-10 px-4 py-1.5 text-sm"
                        >
                          We kept it
                        </ActionButton>
                      ) : null}
                      {agreement.status !== "RETIRED" ? (
                        <ActionButton
                          action={agreementStatusAction}
                          fields={{ agreementId: agreement.id, status: "RETIRED" }}
                          variant="ghost"
                          className="min-h-10 px-4 py-1.5 text-sm"
                        >
                          Retire
                        </ActionButton>
                      ) : (
                        <ActionButton
                          action={agreementStatusAction}
                          fields={{ agreementId: agreement.id, status: "ACTIVE" }}
                          variant="ghost"
                          className="min-h-10 px-4 py-1.5 text-sm"
                        >
                          Bring back
                        </ActionButton>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </>
      ) : (
        <Card className="flex flex-col gap-3">
          <p>Talking it through takes two. Invite your partner from Home, then come back here.</p>
          <ButtonLink href="/home" variant="secondary" className="self-start">
            Invite your partner
          </ButtonLink>
        </Card>
      )}
    </>
  );
}
