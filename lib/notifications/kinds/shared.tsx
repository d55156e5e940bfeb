import { PartnerEventEmail } from "@/lib/email/templates/partner-event-email";
import { EMAIL_KINDS, unsubscribeLinks, type UnsubscribeKind } from "@/lib/email/unsubscribe";
import { appUrl } from "@/lib/env";
import type { Content, Recipient } from "../types";

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
export function partnerEvent(
  person: Recipient,
  kind: UnsubscribeKind,
  event: { subject: string; message: string; buttonLabel: string; path: string; pushBody: string },
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
          buttonLabel={event.buttonLabel}
          url={`${appUrl()}${event.path}`}
          unsubscribe={unsubscribe}
        />
      ),
    },
    push: { title: event.subject, body: event.pushBody, url: event.path },
  };
}
