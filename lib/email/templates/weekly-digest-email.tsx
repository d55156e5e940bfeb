import { Heading, Text } from "@react-email/components";
import {
  EmailButton,
  EmailLayout,
  EmailLink,
  emailColors,
  emailLayoutText,
  Name,
  Panel,
  paragraph,
  textHeading,
  textLink,
  textParagraph,
  type TextBlock,
} from "./layout";

type DigestDay = { label: string; pleasantness: number | null };
type DigestCheckIn = { when: string; feeling: string; mood: string; note: string | null };

export type WeeklyDigestEmailProps = {
  name: string;
  /** null when the person is not linked: the digest is about their own week. */
  partnerName: string | null;
  rangeLabel: string;
  checkIns: DigestCheckIn[];
  chart: DigestDay[];
  notes: { sent: number; received: number; firstLines: { from: string; line: string }[] };
  responses: { given: number; received: number };
  /** The one-tap reach-outs of the week, as counts only. */
  bids: { sent: number; received: number; answered: number };
  /** How many phrases from the repair list the two of them sent each other (a count, never the words). */
  repairs: number;
  /** How many apologies were made between them (a count, never the words). */
  apologies: number;
  /** The week's questions both partners answered (never one only the partner answered). */
  questions: { question: string; mine: string; theirs: string }[];
  practice: { title: string; exercise: string; url: string };
  homeUrl: string;
  inviteUrl: string | null;
  unsubscribeUrl: string;
};

const h2 = { fontSize: 18, margin: "24px 0 8px", color: emailColors.ink } as const;

const times = (n: number) => (n === 1 ? "once" : `${n} times`);

/** The week's repairs and apologies, as counts: never their words. */
function makingThingsRight(repairs: number, apologies: number): string {
  const made = apologies === 1 ? "one apology was" : `${apologies} apologies were`;
  if (apologies === 0) return `Words from your repair list went between you ${times(repairs)}.`;
  if (repairs === 0) return `Between you, ${made} made.`;
  return `Words from your repair list went between you ${times(repairs)}, and ${made} made.`;
}

/**
 * A bar per day built from table cells (no images, no CSS heights), so it
 * renders the same in every mail client: five cells a day, filled up to the
 * day's average pleasantness.
 */
function MoodChart({ days }: { days: DigestDay[] }) {
  return (
    <table role="presentation" data-skip-in-text="" cellPadding={0} cellSpacing={4} style={{ borderCollapse: "separate", margin: "8px 0" }}>
      <tbody>
        {[5, 4, 3, 2, 1].map((level) => (
          <tr key={level}>
            {days.map((day) => {
              const filled = day.pleasantness !== null && Math.round(day.pleasantness) >= level;
              return (
                <td
                  key={day.label}
                  width={28}
                  height={10}
                  style={{
                    width: 28,
                    height: 10,
                    borderRadius: 3,
                    backgroundColor: filled ? emailColors.accent : "#f1e7df",
                    fontSize: 1,
                    lineHeight: "1px",
                  }}
                >
                  &nbsp;
                </td>
              );
            })}
          </tr>
        ))}
        <tr>
          {days.map((day) => (
            <td key={day.label} style={{ fontSize: 11, color: emailColors.muted, textAlign: "center" }}>
              {day.label}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

export function WeeklyDigestEmail(props: WeeklyDigestEmailProps) {
  const { name, partnerName, rangeLabel, checkIns, chart, notes, responses, practice } = props;
  const whose = partnerName ? `${partnerName}'s` : "Your";
  return (
    <EmailLayout
      linkFrom={props.homeUrl}
      preview={partnerName ? `Your week with ${partnerName}` : "Your week in Kindred"}
      unsubscribe={{ url: props.unsubscribeUrl, label: "the weekly digest" }}
    >
      <Heading as="h1" style={{ fontSize: 22, margin: "0 0 4px" }}>
        {partnerName ? `Your week with ${partnerName}` : "Your week"}
      </Heading>
      <Text style={{ ...paragraph, color: emailColors.muted }}>
        Hello <Name>{name}</Name>, here is {rangeLabel}.
      </Text>

      <Heading as="h2" style={h2}>
        {whose} check-ins
      </Heading>
      {checkIns.length === 0 ? (
        <Text style={paragraph}>
          {partnerName ? `${partnerName} didn't share a check-in this week.` : "You didn't share a check-in this week."}
        </Text>
      ) : (
        <>
          <Text style={{ ...paragraph, margin: "0 0 4px" }}>How pleasant each day felt (1 to 5):</Text>
          <MoodChart days={chart} />
          {checkIns.map((checkIn) => (
            <Text key={`${checkIn.when}-${checkIn.feeling}`} style={{ ...paragraph, margin: "0 0 8px" }}>
              <strong>{checkIn.when}</strong>: {checkIn.feeling} ({checkIn.mood}){checkIn.note ? ` — “${checkIn.note}”` : ""}
            </Text>
          ))}
        </>
      )}

      {partnerName ? (
        <>
          <Heading as="h2" style={h2}>
            Notes
          </Heading>
          <Text style={paragraph}>
            You sent {notes.sent} note{notes.sent === 1 ? "" : "s"} and received {notes.received}.
          </Text>
          {notes.firstLines.map((line) => (
            <Text key={`${line.from}-${line.line}`} style={{ ...paragraph, margin: "0 0 8px", fontStyle: "italic" }}>
              {line.from}: “{line.line}”
            </Text>
          ))}
          <Heading as="h2" style={h2}>
            Responses
          </Heading>
          <Text style={paragraph}>
            <Name>{partnerName}</Name> answered {responses.received} of your check-ins; you answered {responses.given} of theirs.
          </Text>
          {props.bids.sent + props.bids.received > 0 ? (
            <Text style={paragraph}>
              You reached out to each other {times(props.bids.sent + props.bids.received)} (a hug, a &ldquo;thinking of you&rdquo;), and{" "}
              {props.bids.answered} {props.bids.answered === 1 ? "was" : "were"} answered.
            </Text>
          ) : null}
          {props.repairs + props.apologies > 0 ? <Text style={paragraph}>{makingThingsRight(props.repairs, props.apologies)}</Text> : null}
        </>
      ) : null}

      {partnerName && props.questions.length > 0 ? (
        <>
          <Heading as="h2" style={h2}>
            Your questions this week
          </Heading>
          {props.questions.map((q) => (
            <div key={q.question} style={{ margin: "0 0 12px" }}>
              <Text style={{ ...paragraph, margin: "0 0 4px", fontWeight: 700 }}>{q.question}</Text>
              <Text style={{ ...paragraph, margin: "0 0 4px" }}>You: “{q.mine}”</Text>
              <Text style={{ ...paragraph, margin: 0 }}>
                <Name>{partnerName}</Name>: “{q.theirs}”
              </Text>
            </div>
          ))}
        </>
      ) : null}

      <Panel background="#e3ece4">
        <Heading as="h2" style={{ ...h2, margin: "12px 0 4px" }}>
          Practice of the week: {practice.title}
        </Heading>
        <Text style={paragraph}>{practice.exercise}</Text>
        <Text style={{ ...paragraph, fontSize: 14 }}>
          <EmailLink href={practice.url}>Read the practice</EmailLink>
        </Text>
      </Panel>

      {props.inviteUrl ? (
        <Text style={paragraph}>
          Kindred is made for two. <EmailLink href={props.inviteUrl}>Invite your partner</EmailLink> to share check-ins and notes.
        </Text>
      ) : null}
      <EmailButton href={props.homeUrl}>Open Kindred</EmailButton>
    </EmailLayout>
  );
}

/**
 * The digest's plain text, written out rather than converted from its HTML
 * (the digest goes to everyone at once; see emailLayoutText). Every change to
 * WeeklyDigestEmail above needs its twin here: tests/unit/email-text.test.tsx
 * compares the two for each shape of week.
 */
export function weeklyDigestText(props: WeeklyDigestEmailProps): string {
  const { name, partnerName, rangeLabel, checkIns, notes, responses, bids, practice } = props;
  const blocks: TextBlock[] = [
    textHeading(partnerName ? `Your week with ${partnerName}` : "Your week"),
    textParagraph(`Hello ${name}, here is ${rangeLabel}.`),
    textHeading(`${partnerName ? `${partnerName}'s` : "Your"} check-ins`),
  ];
  if (checkIns.length === 0) {
    blocks.push(
      textParagraph(partnerName ? `${partnerName} didn't share a check-in this week.` : "You didn't share a check-in this week."),
    );
  } else {
    blocks.push(textParagraph("How pleasant each day felt (1 to 5):"));
    for (const c of checkIns) blocks.push(textParagraph(`${c.when}: ${c.feeling} (${c.mood})${c.note ? ` — “${c.note}”` : ""}`));
  }
  if (partnerName) {
    blocks.push(
      textHeading("Notes"),
      textParagraph(`You sent ${notes.sent} note${notes.sent === 1 ? "" : "s"} and received ${notes.received}.`),
    );
    for (const line of notes.firstLines) blocks.push(textParagraph(`${line.from}: “${line.line}”`));
    blocks.push(
      textHeading("Responses"),
      textParagraph(`${partnerName} answered ${responses.received} of your check-ins; you answered ${responses.given} of theirs.`),
    );
    const reached = bids.sent + bids.received;
    if (reached > 0) {
      blocks.push(
        textParagraph(
          `You reached out to each other ${times(reached)} (a hug, a “thinking of you”), and ${bids.answered} ${bids.answered === 1 ? "was" : "were"} answered.`,
        ),
      );
    }
    if (props.repairs + props.apologies > 0) blocks.push(textParagraph(makingThingsRight(props.repairs, props.apologies)));
    if (props.questions.length > 0) {
      blocks.push(textHeading("Your questions this week"));
      for (const q of props.questions) {
        blocks.push(textParagraph(q.question), textParagraph(`You: “${q.mine}”`), textParagraph(`${partnerName}: “${q.theirs}”`));
      }
    }
  }
  blocks.push(
    textHeading(`Practice of the week: ${practice.title}`),
    textParagraph(practice.exercise),
    textParagraph(textLink("Read the practice", practice.url)),
  );
  if (props.inviteUrl) {
    blocks.push(
      textParagraph(`Kindred is made for two. ${textLink("Invite your partner", props.inviteUrl)} to share check-ins and notes.`),
    );
  }
  blocks.push(textParagraph(textLink("Open Kindred", props.homeUrl)));
  return emailLayoutText(blocks, { linkFrom: props.homeUrl, unsubscribe: { url: props.unsubscribeUrl, label: "the weekly digest" } });
}

WeeklyDigestEmail.PreviewProps = {
  name: "Robin",
  partnerName: "Sam",
  rangeLabel: "the week of 16 to 22 November",
  checkIns: [
    { when: "Mon 16 Nov", feeling: "hopeful", mood: "pleasant and energetic", note: "Big presentation went well" },
    { when: "Thu 19 Nov", feeling: "tired", mood: "unpleasant and drained", note: null },
  ],
  chart: [
    { label: "Mon", pleasantness: 4 },
    { label: "Tue", pleasantness: null },
    { label: "Wed", pleasantness: 3 },
    { label: "Thu", pleasantness: 2 },
    { label: "Fri", pleasantness: null },
    { label: "Sat", pleasantness: 5 },
    { label: "Sun", pleasantness: 4 },
  ],
  notes: { sent: 2, received: 3, firstLines: [{ from: "Sam", line: "Thank you for the coffee this morning" }] },
  responses: { given: 2, received: 1 },
  bids: { sent: 3, received: 2, answered: 4 },
  repairs: 1,
  apologies: 1,
  questions: [{ question: "What made you laugh this week?", mine: "Your impression of the cat.", theirs: "The sock in the fridge." }],
  practice: {
    title: "Saying thank you, specifically",
    exercise: "Send one specific appreciation note every day.",
    url: "http://localhost:3000/practices/expressing-appreciation",
  },
  homeUrl: "http://localhost:3000/home",
  inviteUrl: null,
  unsubscribeUrl: "http://localhost:3000/unsubscribe?token=preview",
} satisfies WeeklyDigestEmailProps;
