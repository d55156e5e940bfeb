import { CheckInReminderEmail } from "@/lib/email/templates/check-in-reminder-email";
import { appUrl } from "@/lib/env";
import { startOfLocalDay } from "@/lib/time/days";
import { reminderOccurrence } from "../schedule";
import type { Content, NotificationKindModule } from "../types";
import { emailBasics } from "./shared";

/** The daily check-in reminder at the person's hour, unless they already checked in that local day. */
export const checkInReminder: NotificationKindModule = {
  kind: "CHECKIN_REMINDER",
  channels: ["EMAIL", "PUSH"],
  followsPreference: true,
  respectsQuietHours: true,
  unsubscribe: "reminder",
  schedule: {
    where: { reminderEnabled: true },
    due: (person, now) => (person.reminderEnabled ? reminderOccurrence(person.reminderHour, person.timeZone, now) : null),
  },
  async compose(rows, { db, now, recipients }) {
    const checkedIn = await db.checkIn.findMany({
      where: { authorId: { in: rows.map((r) => r.userId) }, createdAt: { gte: new Date(now.getTime() - 2 * 86_400_000) } },
      select: { authorId: true, createdAt: true },
    });
    const contents = new Map<string, Content>();
    for (const row of rows) {
      const person = recipients.get(row.userId);
      if (!person?.reminderEnabled || !person.timeZone) continue;
      const dayStart = startOfLocalDay(now, person.timeZone);
      if (checkedIn.some((c) => c.authorId === person.id && c.createdAt >= dayStart)) continue;
      const { name, headers, unsubscribe } = emailBasics(person, "reminder");
      contents.set(row.id, {
        email: {
          to: person.email,
          subject: "How are you feeling today?",
          headers,
          react: (
            <CheckInReminderEmail
              name={name}
              partnerName={person.couple?.partner.name ?? null}
              checkInUrl={`${appUrl()}/checkin`}
              unsubscribeUrl={unsubscribe.url}
            />
          ),
        },
        push: { title: "How are you feeling today?", body: "A check-in takes two taps.", url: "/checkin" },
      });
    }
    return contents;
  },
};
