import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { heartAnswerAction, swapQuestionAction } from "@/lib/questions/actions";
import type { TodaysQuestion } from "@/lib/questions/service";
import { AnswerForm } from "./answer-form";
import { MyAnswer } from "./my-answer";

/** Home's "Today's question": answer, then see theirs; nobody has to go first. */
export function TodaysQuestionCard({ today }: { today: TodaysQuestion }) {
  const { partner, mine } = today;
  return (
    <Card id="today" aria-labelledby="today-heading" className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 id="today-heading" className="text-sm font-semibold tracking-wide text-clay-dark uppercase">
          {partner ? "Today's question for you both" : "Today's question"}
        </h2>
        <p className="font-serif text-2xl leading-snug">{today.question.text}</p>
      </div>
      {partner && !mine ? (
        <p className="text-muted">
          {partner.answered ? (
            <>
              <bdi>{partner.name}</bdi> answered. Answer to see theirs.
            </>
          ) : (
            <>Your answers stay hidden until you&apos;ve both answered, so nobody has to go first.</>
          )}
        </p>
      ) : null}
      {mine ? <MyAnswer dailyQuestionId={today.id} body={mine.body} editable={mine.editable} /> : <AnswerForm dailyQuestionId={today.id} />}
      {partner && mine ? (
        partner.answer ? (
          <div className="flex flex-col gap-2 rounded-xl border border-line p-3">
            <p className="text-sm font-semibold text-muted">
              <bdi>{partner.name}</bdi>
            </p>
            <p className="whitespace-pre-line">{partner.answer.body}</p>
            <div className="flex flex-wrap items-center gap-3">
              <ActionButton
                action={heartAnswerAction}
                fields={{ answerId: partner.answer.id, hearted: String(!partner.answer.hearted) }}
                pressed={partner.answer.hearted}
                className="min-h-10 px-4 py-1.5 text-sm"
              >
                {partner.answer.hearted ? "♥ Hearted" : "♡ Heart"}
              </ActionButton>
              <Link href={`/notes/new?about=${partner.answer.id}`} className="text-sm font-semibold text-clay-dark underline">
                Tell me more
              </Link>
            </div>
          </div>
        ) : (
          <p className="text-muted">
            <bdi>{partner.name}</bdi> hasn&apos;t answered yet. You&apos;ll see their answer here when they do.
          </p>
        )
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Link href="/questions" className="text-sm font-semibold text-clay-dark underline">
          {partner ? "Our answers" : "My answers"}
        </Link>
        {today.canSwap ? (
          <ActionButton
            action={swapQuestionAction}
            fields={{ dailyQuestionId: today.id }}
            variant="ghost"
            className="min-h-10 px-3 py-1.5 text-sm"
          >
            Another question
          </ActionButton>
        ) : null}
      </div>
    </Card>
  );
}
