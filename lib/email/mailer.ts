import "server-only";
import { plainTextSelectors } from "@react-email/render";
import { compile } from "html-to-text";
import type { ReactElement } from "react";
import { Resend, type CreateBatchOptions, type ErrorResponse } from "resend";
import { db } from "@/lib/db";
import { canonicalEmail } from "@/lib/email/address";
import { emailFrom, env, usesDevMailbox } from "@/lib/env";
import { isUniqueViolation } from "@/lib/errors";

/** One email, as every part of Kindred hands it to the mailer. */
export type OutgoingEmail = {
  to: string;
  subject: string;
  /** A React Email component; HTML and plain text are both rendered from it. */
  react: ReactElement;
  /** The plain text, when the template writes it out (else it is converted from the HTML). */
  text?: string;
  headers?: Record<string, string>;
  /** Passed to the provider so a retried send is delivered once. */
  idempotencyKey?: string;
};

export type SentEmail = { id: string };

/** One email of a batch: sent, or refused on its own (the rest of the batch still went). */
type BatchedEmailResult = SentEmail | { error: EmailDeliveryError };

/** Resend's limit on emails in one batch request. */
export const EMAIL_BATCH_LIMIT = 100;

/**
 * The provider refused or failed; `retryable` tells a job runner whether to
 * try again. `alreadyAccepted`: the provider had accepted an earlier request
 * under this idempotency key with other contents (Resend's 409
 * `invalid_idempotent_request`), so those emails went then.
 */
export class EmailDeliveryError extends Error {
  constructor(
    message: string,
    readonly statusCode: number | null,
    readonly retryable: boolean,
    readonly retryAfterSeconds: number | null = null,
    readonly alreadyAccepted = false,
  ) {
    super(message);
    this.name = "EmailDeliveryError";
  }
}

export type Mailer = {
  send(email: OutgoingEmail): Promise<SentEmail>;
  /**
   * Up to EMAIL_BATCH_LIMIT emails in one provider request under one
   * idempotency key: a retry of the same request is answered without sending
   * again. Results come in the emails' order; a failure of the whole request
   * throws an EmailDeliveryError.
   */
  sendBatch(emails: OutgoingEmail[], idempotencyKey: string): Promise<BatchedEmailResult[]>;
};

/** A line break in a subject or header would start a new header (`Bcc: …`): refused, never retried. */
function assertNoHeaderInjection(email: OutgoingEmail): void {
  const fields = [email.subject, email.to, ...Object.entries(email.headers ?? {}).flat()];
  if (fields.some((field) => /[\r\n]/.test(field))) {
    throw new EmailDeliveryError("Refused an email whose subject, address or headers contain a line break", null, false);
  }
}

/**
 * React Email's plain-text conversion (its `toPlainText` options and selectors), compiled once:
 * `toPlainText` compiles html-to-text's selector tree on every call, which was a fifth of the
 * weekly digest's CPU (BENCHMARKS.md, "Weekly digest, again"). Charts are pictures made of table cells:
 * the words beside them carry the same facts in plain text.
 */
const toPlainText = compile({
  wordwrap: false,
  selectors: [...plainTextSelectors, { selector: "table[data-skip-in-text]", format: "skip" }],
});

// Imported on first use, as @react-email/render does (Next.js refuses a static import of react-dom/server
// here), and once: under a loader with hooks (tsx runs the job runner) every import() is a round trip to
// the hooks' thread, which was 6 % of a digest runner's CPU.
let reactDomServer: Promise<typeof import("react-dom/server")> | undefined;

const DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/**
 * HTML and plain text from the same React Email component. Our templates use
 * no Suspense, so React's synchronous renderer gives the same markup as
 * @react-email/render's streaming one for less (BENCHMARKS.md, "Weekly
 * digest"), and the text is derived from that HTML with React Email's own
 * converter (compiled once) rather than by rendering twice, unless the
 * template wrote its text out (`text`: the weekly digest).
 */
export async function renderEmail(react: ReactElement, text?: string): Promise<{ html: string; text: string }> {
  const { renderToStaticMarkup } = await (reactDomServer ??= import("react-dom/server"));
  const html = `${DOCTYPE}${renderToStaticMarkup(react)}`;
  return { html, text: text ?? toPlainText(html) };
}

/**
 * Development: store the message for /dev/mailbox instead of sending it. Like
 * Resend, a message with an idempotency key already seen is stored only once.
 */
const devMailboxMailer: Mailer = {
  // The mailbox stores each email under its own idempotency key, which makes a repeated batch store nothing twice.
  async sendBatch(emails) {
    const results: BatchedEmailResult[] = [];
    for (const email of emails) {
      try {
        results.push(await devMailboxMailer.send(email));
      } catch (error) {
        if (!(error instanceof EmailDeliveryError)) throw error;
        results.push({ error });
      }
    }
    return results;
  },
  async send(email) {
    assertNoHeaderInjection(email);
    if (email.idempotencyKey) {
      const existing = await db.outboxEmail.findUnique({ where: { idempotencyKey: email.idempotencyKey }, select: { id: true } });
      if (existing) return existing;
    }
    const { html, text } = await renderEmail(email.react, email.text);
    try {
      return await db.outboxEmail.create({
        data: {
          to: canonicalEmail(email.to),
          from: emailFrom(),
          subject: email.subject,
          html,
          text,
          headers: email.headers ?? {},
          idempotencyKey: email.idempotencyKey ?? null,
        },
        select: { id: true },
      });
    } catch (error) {
      if (email.idempotencyKey && isUniqueViolation(error)) {
        return db.outboxEmail.findUniqueOrThrow({ where: { idempotencyKey: email.idempotencyKey }, select: { id: true } });
      }
      throw error;
    }
  },
};

/** What Resend answered, as the runner needs it: whether to retry, when, and whether the emails went after all. */
function refusal(error: ErrorResponse | null, headers: Record<string, string> | null): EmailDeliveryError {
  const status = error && "statusCode" in error && typeof error.statusCode === "number" ? error.statusCode : null;
  const retryAfter = Number(headers?.["retry-after"]);
  return new EmailDeliveryError(
    `Resend refused the email: ${error?.message ?? "no response"}`,
    status,
    // A request under the same key still in progress ("concurrent_idempotent_requests") is answered once it ends.
    status === null || status === 429 || status >= 500 || error?.name === "concurrent_idempotent_requests",
    Number.isFinite(retryAfter) ? retryAfter : null,
    error?.name === "invalid_idempotent_request",
  );
}

export function resendMailer(apiKey: string): Mailer {
  const resend = new Resend(apiKey);
  return {
    async send(email) {
      assertNoHeaderInjection(email);
      const { html, text } = await renderEmail(email.react, email.text);
      const { data, error, headers } = await resend.emails.send(
        { from: emailFrom(), to: email.to, subject: email.subject, html, text, headers: email.headers },
        email.idempotencyKey ? { idempotencyKey: email.idempotencyKey } : undefined,
      );
      if (error || !data) throw refusal(error, headers);
      return { id: data.id };
    },
    async sendBatch(emails, idempotencyKey) {
      if (emails.length > EMAIL_BATCH_LIMIT) throw new RangeError(`At most ${EMAIL_BATCH_LIMIT} emails go in one batch`);
      const results: BatchedEmailResult[] = new Array(emails.length);
      const requested: { index: number; body: CreateBatchOptions[number] }[] = [];
      for (const [index, email] of emails.entries()) {
        try {
          assertNoHeaderInjection(email);
        } catch (error) {
          results[index] = { error: error as EmailDeliveryError };
          continue;
        }
        const { html, text } = await renderEmail(email.react, email.text);
        requested.push({ index, body: { from: emailFrom(), to: email.to, subject: email.subject, html, text, headers: email.headers } });
      }
      if (requested.length === 0) return results;
      // Permissive: an email Resend finds invalid is refused alone, and the others still go.
      const { data, error, headers } = await resend.batch.send(
        requested.map((r) => r.body),
        { idempotencyKey, batchValidation: "permissive" },
      );
      if (error || !data) throw refusal(error, headers);
      const refused = new Map(data.errors.map((e) => [e.index, e.message]));
      // The ids are those of the emails accepted, in the order they were sent.
      const ids = data.data.values();
      for (const [position, { index }] of requested.entries()) {
        const message = refused.get(position);
        results[index] =
          message === undefined
            ? { id: ids.next().value!.id }
            : { error: new EmailDeliveryError(`Resend refused the email: ${message}`, 422, false) };
      }
      return results;
    },
  };
}

let mailer: Mailer | undefined;

/** The mailer for this environment: Resend when RESEND_API_KEY is set, else the development mailbox. */
export function getMailer(): Mailer {
  if (!mailer) {
    const apiKey = env().RESEND_API_KEY;
    mailer = usesDevMailbox() || !apiKey ? devMailboxMailer : resendMailer(apiKey);
  }
  return mailer;
}

export function sendEmail(email: OutgoingEmail): Promise<SentEmail> {
  return getMailer().send(email);
}
