import type { Metadata } from "next";
import { ReachOutCard } from "@/components/bids/reach-out-card";
import { RepairCard } from "@/components/repair/repair-card";
import { FollowUpCard } from "@/components/talk/follow-up-card";
import { CheckInCard } from "@/components/checkins/check-in-card";
import { GuessForm } from "@/components/checkins/guess-form";
import { GuessReveal } from "@/components/checkins/guess-reveal";
import { RespondButtons } from "@/components/checkins/respond-buttons";
import { InviteCodeForm, InvitePanel } from "@/components/couples/invite-panel";
import { PracticeOfTheWeekCard } from "@/components/practices/practice-of-the-week";
import { TodaysQuestionCard } from "@/components/questions/todays-question";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { NewsCard } from "@/components/home/news-card";
import { PasskeyOffer } from "@/components/auth/passkey-offer";
import { offerPasskey } from "@/lib/auth/passkeys";
import { sessionTokenFromCookies } from "@/lib/auth/sessions";
import { requireOnboardedViewer } from "@/lib/auth/viewer";
import { getGuessCard } from "@/lib/checkins/guesses";
import { getHomeCheckIns } from "@/lib/checkins/service";
import { getPendingInvite } from "@/lib/couples/service";
import { getHomeCloseness } from "@/lib/home/closeness";
import { getHomeNews, markNewsSeen } from "@/lib/home/news";
import { markBidsSeen } from "@/lib/bids/service";
import { markRepairsSeen } from "@/lib/repair/service";
import { after } from "next/server";
import { unreadNoteCount } from "@/lib/notes/service";
import { getPracticeOfTheWeek } from "@/lib/practices/service";
import { getTodaysQuestion } from "@/lib/questions/service";
import { formatDay } from "@/lib/time/format";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<{ linked?: string; unlinked?: string; checkedIn?: string }>;
}) {
  const viewer = await requireOnboardedViewer();
  const params = await searchParams;
  const [checkIns, news, practice, unread, today, guess, passkeyOffer, closeness] = await Promise.all([
    getHomeCheckIns(viewer),
    getHomeNews(viewer),
    getPracticeOfTheWeek(viewer),
    unreadNoteCount(viewer),
    getTodaysQuestion(viewer),
    getGuessCard(viewer),
    sessionTokenFromCookies().then((token) => offerPasskey(viewer, token)),
    getHomeCloseness(viewer),
  ]);
  const { bids, repair, apologies, followUps } = closeness;
  const partner = viewer.couple?.partner;
  // Shown once as new: marked seen after this page has been sent.
  after(() => Promise.all([markNewsSeen(viewer, news), markBidsSeen(viewer, bids), markRepairsSeen(viewer, repair)]));
  return (
    <>
      <div className="flex flex-col gap-1">
        <p className="text-muted">Hello,</p>
        <h1 className="text-3xl font-bold">
          <bdi>{viewer.name}</bdi>
        </h1>
      </div>
      {params.linked && viewer.couple ? (
        <FormMessage status="success" message={`You're linked with ${viewer.couple.partner.name}.`} />
      ) : null}
      {params.unlinked && !viewer.couple ? (
        <FormMessage status="success" message="You're no longer linked. Everything you wrote stays with you." />
      ) : null}
      {params.checkedIn ? <FormMessage status="success" message="Checked in. Thank you for noticing how you feel." /> : null}
      {partner && unread > 0 ? (
        <Card aria-labelledby="unread-heading" className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="unread-heading" className="text-lg font-bold">
            <bdi>{partner.name}</bdi> wrote you {unread === 1 ? "a note" : `${unread} notes`} you haven&apos;t read yet
          </h2>
          <ButtonLink href="/notes" className="min-h-10 px-4 py-2 text-sm">
            Read {unread === 1 ? "it" : "them"}
          </ButtonLink>
        </Card>
      ) : null}
      {partner ? <NewsCard news={news} partnerName={partner.name} timeZone={viewer.timeZone} /> : null}
      {/* Until linked, inviting the partner is the first thing to do: it comes first. */}
      {viewer.couple ? null : <UnlinkedHome viewerTimeZone={viewer.timeZone} pendingInvite={await getPendingInvite(viewer)} />}
      {passkeyOffer ? <PasskeyOffer /> : null}
      {partner ? (
        <Card aria-labelledby="partner-heading" className="flex flex-col gap-3">
          <h2 id="partner-heading" className="text-xl font-bold">
            You and <bdi>{partner.name}</bdi>
          </h2>
          <p className="text-muted">
            <bdi>{partner.name}</bdi> {checkIns.partnerCheckedInToday ? "checked in today." : "hasn't shared a check-in today yet."}
          </p>
          {/* A check-in shared today is guessed at before it is shown. */}
          {guess?.state === "ask" ? <GuessForm checkInId={guess.checkInId} partnerName={partner.name} /> : null}
          {guess?.state === "reveal" ? <GuessReveal card={guess} /> : null}
          {checkIns.partner && guess?.state !== "ask" ? (
            <CheckInCard checkIn={checkIns.partner} timeZone={viewer.timeZone} author={partner.name}>
              <RespondButtons checkInId={checkIns.partner.id} current={checkIns.partner.myResponse} />
            </CheckInCard>
          ) : null}
        </Card>
      ) : null}
      {partner ? <ReachOutCard view={bids} partnerName={partner.name} timeZone={viewer.timeZone} /> : null}
      {partner ? <FollowUpCard followUps={followUps} partnerName={partner.name} /> : null}
      {partner ? <RepairCard list={repair} apologies={apologies} partnerName={partner.name} timeZone={viewer.timeZone} /> : null}
      <TodaysQuestionCard today={today} />
      <Card aria-labelledby="mine-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="mine-heading" className="text-xl font-bold">
            Your latest check-in
          </h2>
          <ButtonLink href="/checkin" className="min-h-10 px-4 py-2 text-sm">
            Check in
          </ButtonLink>
        </div>
        {checkIns.mine ? (
          <CheckInCard checkIn={checkIns.mine} timeZone={viewer.timeZone} editable />
        ) : (
          <p className="text-muted">How are you feeling right now? It takes two taps.</p>
        )}
      </Card>
      <PracticeOfTheWeekCard week={practice} partnerName={partner?.name ?? null} />
    </>
  );
}

function UnlinkedHome({
  viewerTimeZone,
  pendingInvite,
}: {
  viewerTimeZone: string;
  pendingInvite: Awaited<ReturnType<typeof getPendingInvite>>;
}) {
  return (
    <>
      <Card aria-labelledby="invite-heading" className="flex flex-col gap-4">
        <div>
          <h2 id="invite-heading" className="text-xl font-bold">
            Invite your partner
          </h2>
          <p className="mt-1 text-muted">
            Kindred is for two. Once your partner accepts, you&apos;ll see each other&apos;s check-ins and notes.
          </p>
        </div>
        <InvitePanel
          pending={
            pendingInvite
              ? { id: pendingInvite.id, email: pendingInvite.email, expiresOn: formatDay(pendingInvite.expiresAt, viewerTimeZone) }
              : null
          }
        />
      </Card>
      <Card aria-labelledby="code-heading" className="flex flex-col gap-3">
        <h2 id="code-heading" className="text-xl font-bold">
          Got an invite code?
        </h2>
        <InviteCodeForm />
      </Card>
    </>
  );
}
