import type { GuessCard } from "@/lib/checkins/guesses";
import { vocabulary } from "@/lib/checkins/mood";

/** Their guess next to what the partner shared, said kindly. */
export function GuessReveal({ card }: { card: Extract<GuessCard, { state: "reveal" }> }) {
  const { guessed, actual, partnerName } = card;
  if (!guessed) return null;
  const theirs = `${vocabulary[actual.quadrant].label.toLowerCase()}${actual.feeling ? ` (${actual.feeling})` : ""}`;
  const yours = `${vocabulary[guessed.quadrant].label.toLowerCase()}${guessed.feeling ? ` (${guessed.feeling})` : ""}`;
  return (
    <p role="status" className="rounded-xl bg-sage-light px-4 py-3">
      {card.correct ? (
        <>
          <strong>You sensed it.</strong> <bdi>{partnerName}</bdi> feels {theirs}.
        </>
      ) : (
        <>
          <strong>A little different:</strong> <bdi>{partnerName}</bdi> feels {theirs}; you guessed {yours}.
        </>
      )}
    </p>
  );
}
