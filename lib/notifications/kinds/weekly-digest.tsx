import { loadDigests } from "@/lib/digests/load";
import { WeeklyDigestEmail, weeklyDigestText, type WeeklyDigestEmailProps } from "@/lib/email/templates/weekly-digest-email";
import { digestOccurrence } from "../schedule";
import type { Content, NotificationKindModule } from "../types";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The weekly digest (email only): the seven days up to the moment of sending
 * (what was written since the scheduled hour counts too); none in a person's
 * first day, nor when the week holds nothing to tell.
 */
export const weeklyDigest: NotificationKindModule = {
  kind: "WEEKLY_DIGEST",
  channels: ["EMAIL"],
  followsPreference: false,
  respectsQuietHours: true,
  unsubscribe: "digest",
  schedule: {
    where: { digestEnabled: true },
    due: (person, now) => (person.digestEnabled ? digestOccurrence(person.digestWeekday, person.digestHour, person.timeZone, now) : null),
  },
  async compose(rows, { db, now, recipients }) {
    const wanted = rows.filter((r) => {
      const person = recipients.get(r.userId);
      return person?.digestEnabled && now.getTime() - person.createdAt.getTime() >= DAY_MS;
    });
    const digests = await loadDigests(
      db,
      wanted.map((r) => ({ userId: r.userId, dueAt: now, weekStart: new Date(now.getTime() - 7 * DAY_MS) })),
      recipients,
    );
    const contents = new Map<string, Content>();
    for (const row of wanted) {
      const digest = digests.get(row.userId);
      if (!digest || isEmptyWeek(digest.props)) continue;
      contents.set(row.id, {
        email: {
          to: digest.to,
          subject: digest.props.partnerName ? `Your week with ${digest.props.partnerName}` : "Your week in Kindred",
          headers: digest.headers,
          react: <WeeklyDigestEmail {...digest.props} />,
          text: weeklyDigestText(digest.props),
        },
      });
    }
    return contents;
  },
};

function isEmptyWeek(props: WeeklyDigestEmailProps): boolean {
  const { checkIns, notes, responses, questions, bids, repairs, apologies } = props;
  return (
    checkIns.length === 0 &&
    notes.sent + notes.received === 0 &&
    responses.given + responses.received === 0 &&
    questions.length === 0 &&
    bids.sent + bids.received === 0 &&
    repairs + apologies === 0
  );
}
