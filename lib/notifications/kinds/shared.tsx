import { PartnerEventEmail } from "@/lib/email/templates/partner-event-email";
import { EMAIL_KINDS, unsubscribeLinks, type UnsubscribeKind } from "@/lib/email/unsubscribe";
import { appUrl } from "@/lib/env";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import type { ClaimedDelivery, ComposeContext, Content, NotificationKindModule, Recipient } from "../types";

/** The greeting name and the email footer's unsubscribe parts for one recipient and kind. */
export function emailBasics(person: Recipient, kind: UnsubscribeKind) {
  const links = unsubscribeLinks(person.id, kind);
  return { name: person.name ?? "there", headers: links.headers, unsubscribe: { url: links.page, label: EMAIL_KINDS[kind].label } };
}

/**
 * Something the partner did, by email and push alike: the subject is the
 * push's title, the email says `message` with one button to `path`, the push
 * says `pushBody`. Neither carries anyone's private words.
 */
function partnerEvent(
  person: Recipient,
  kind: UnsubscribeKind,
  event: { subject: string; message: string; detail?: string; buttonLabel: string; path: string; pushBody: string },
): Content {
  const { name, headers, unsubscribe } = emailBasics(person, kind);
  return {
    email: {
      to: person.email,
      subject: event.subject,
      headers,
      react: (
        <PartnerEventEmail
          name={name}
          message={event.message}
          detail={event.detail}
          buttonLabel={event.buttonLabel}
          url={`${appUrl()}${event.path}`}
          unsubscribe={unsubscribe}
        />
      ),
    },
    push: { title: event.subject, body: event.pushBody, url: event.path },
  };
}

/** A row's context, where its kind keeps JSON there (which talk and version, who left). */
export function contextOf<T>(row: ClaimedDelivery): T | null {
  return row.context ? (JSON.parse(row.context) as T) : null;
}

type PartnerEventFields = Parameters<typeof partnerEvent>[2];

/**
 * A kind a person hears of because of their partner: by email and push as
 * they chose, after their quiet hours, with its own unsubscribe link. `load`
 * reads what all the rows need in one query; `content` decides each row
 * (null: it should not be sent after all), most often by `tell`ing a
 * partnerEvent.
 */
export function partnerKind<Loaded = undefined>(spec: {
  kind: NotificationKind;
  unsubscribe: UnsubscribeKind;
  load?: (rows: ClaimedDelivery[], db: ComposeContext["db"]) => Promise<Loaded>;
  content: (row: ClaimedDelivery, person: Recipient, loaded: Loaded, tell: (event: PartnerEventFields) => Content) => Content | null;
}): NotificationKindModule {
  return {
    kind: spec.kind,
    channels: ["EMAIL", "PUSH"],
    followsPreference: true,
    respectsQuietHours: true,
    unsubscribe: spec.unsubscribe,
    async compose(rows, { db, recipients }) {
      const loaded = (spec.load ? await spec.load(rows, db) : undefined) as Loaded;
      const contents = new Map<string, Content>();
      for (const row of rows) {
        const person = recipients.get(row.userId);
        const content = person ? spec.content(row, person, loaded, (event) => partnerEvent(person, spec.unsubscribe, event)) : null;
        if (content) contents.set(row.id, content);
      }
      return contents;
    },
  };
}
