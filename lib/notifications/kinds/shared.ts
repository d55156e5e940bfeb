import { EMAIL_KINDS, unsubscribeLinks, type UnsubscribeKind } from "@/lib/email/unsubscribe";
import type { Recipient } from "../types";

/** The greeting name and the email footer's unsubscribe parts for one recipient and kind. */
export function emailBasics(person: Recipient, kind: UnsubscribeKind) {
  const links = unsubscribeLinks(person.id, kind);
  return { name: person.name ?? "there", headers: links.headers, unsubscribe: { url: links.page, label: EMAIL_KINDS[kind].label } };
}
