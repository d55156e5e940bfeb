import "server-only";
import { render } from "@react-email/render";
import type { ReactElement } from "react";
import { Resend } from "resend";
import { db } from "@/lib/db";
import { emailFrom, env, usesDevMailbox } from "@/lib/env";

/** One email, as every part of Kindred hands it to the mailer. */
export type OutgoingEmail = {
  to: string;
  subject: string;
  /** A React Email component; HTML and plain text are both rendered from it. */
  react: ReactElement;
  headers?: Record<string, string>;
  /** Passed to the provider so a retried send is delivered once. */
  idempotencyKey?: string;
};

export type SentEmail = { id: string };

/** The provider refused or failed; `retryable` tells a job runner whether to try again. */
export class EmailDeliveryError extends Error {
  constructor(
    message: string,
    readonly statusCode: number | null,
    readonly retryable: boolean,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = "EmailDeliveryError";
  }
}

export type Mailer = { send(email: OutgoingEmail): Promise<SentEmail> };

export async function renderEmail(react: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(react), render(react, { plainText: true })]);
  return { html, text };
}

/** Development: store the message for /dev/mailbox instead of sending it. */
export const devMailboxMailer: Mailer = {
  async send(email) {
    const { html, text } = await renderEmail(email.react);
    const stored = await db.outboxEmail.create({
      data: {
        to: email.to.toLowerCase(),
        from: emailFrom(),
        subject: email.subject,
        html,
        text,
        headers: email.headers ?? {},
      },
      select: { id: true },
    });
    return stored;
  },
};

export function resendMailer(apiKey: string): Mailer {
  const resend = new Resend(apiKey);
  return {
    async send(email) {
      const { html, text } = await renderEmail(email.react);
      const { data, error, headers } = await resend.emails.send(
        { from: emailFrom(), to: email.to, subject: email.subject, html, text, headers: email.headers },
        email.idempotencyKey ? { idempotencyKey: email.idempotencyKey } : undefined,
      );
      if (error || !data) {
        const status = error && "statusCode" in error && typeof error.statusCode === "number" ? error.statusCode : null;
        const retryAfter = Number(headers?.["retry-after"]);
        throw new EmailDeliveryError(
          `Resend refused the email: ${error?.message ?? "no response"}`,
          status,
          status === null || status === 429 || status >= 500,
          Number.isFinite(retryAfter) ? retryAfter : null,
        );
      }
      return { id: data.id };
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
