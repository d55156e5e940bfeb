import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { TapForm } from "@/components/ui/tap-form";
import { tapClass } from "@/components/ui/tap";
import { answerFollowUpAction, settleFollowUpAction } from "@/lib/talk/actions";
import type { FollowUp } from "@/lib/talk/follow-up";
import { KEPT_ANSWERS, type KeptAnswerKind } from "@/lib/talk/follow-up-rules";
import { AdjustAgreementForm } from "./adjust-agreement-form";

/**
 * "Did we keep it?" for each agreement a week on: each answers privately,
 * the answers show together (like today's question), then the two decide to
 * keep it going, adjust it or retire it.
 */
export function FollowUpCard({ followUps, partnerName }: { followUps: FollowUp[]; partnerName: string }) {
  if (followUps.length === 0) return null;
  return (
    <Card id="follow-ups" aria-labelledby="follow-ups-heading" className="flex flex-col gap-3">
      <div>
        <h2 id="follow-ups-heading" className="text-xl font-bold">
          Did we keep it?
        </h2>
        <p className="mt-1 text-sm text-muted">A week on, each of you answers privately; you see both answers together.</p>
      </div>
      <ul className="flex flex-col gap-3">
        {followUps.map((followUp) => (
          <li key={followUp.id}>
            <article aria-label={`Agreement: ${followUp.text}`} className="flex flex-col gap-2 rounded-xl border border-line p-4">
              <p className="font-semibold">&ldquo;{followUp.text}&rdquo;</p>
              {followUp.revealed ? (
                <>
                  <p>
                    You: {KEPT_ANSWERS[followUp.mine!]} · <bdi>{partnerName}</bdi>: {KEPT_ANSWERS[followUp.theirs!]}
                  </p>
                  <div className="flex flex-wrap gap-2">
                    <ActionButton action={settleFollowUpAction} fields={{ agreementId: followUp.id, decision: "keep" }} variant="primary">
                      Keep it going
                    </ActionButton>
                    <ActionButton action={settleFollowUpAction} fields={{ agreementId: followUp.id, decision: "retire" }}>
                      Retire it
                    </ActionButton>
                  </div>
                  <AdjustAgreementForm agreementId={followUp.id} text={followUp.text} />
                </>
              ) : (
                <>
                  {followUp.mine ? (
                    <p className="text-sm text-muted">
                      You answered &ldquo;{KEPT_ANSWERS[followUp.mine]}&rdquo;. Waiting for {partnerName}; you can still change it.
                    </p>
                  ) : followUp.partnerAnswered ? (
                    <p className="text-sm text-muted">{partnerName} answered. Answer to see theirs.</p>
                  ) : null}
                  <TapForm action={answerFollowUpAction} legend="Did we keep it?" className="flex flex-wrap gap-2">
                    <input type="hidden" name="agreementId" value={followUp.id} />
                    {(Object.keys(KEPT_ANSWERS) as KeptAnswerKind[]).map((answer) => (
                      <button
                        key={answer}
                        type="submit"
                        name="answer"
                        value={answer}
                        aria-pressed={followUp.mine === answer}
                        className={tapClass(followUp.mine === answer)}
                      >
                        {KEPT_ANSWERS[answer]}
                      </button>
                    ))}
                  </TapForm>
                </>
              )}
            </article>
          </li>
        ))}
      </ul>
    </Card>
  );
}
