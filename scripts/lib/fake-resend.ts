/**
 * A stand-in for Resend's HTTP API on 127.0.0.1, for tests and the digest
 * benchmark: POST /emails and POST /emails/batch (up to 100, strict or
 * permissive validation) with the same answers (200 with ids, 429 with
 * Retry-After, 5xx, 4xx) and Idempotency-Key handling: a repeated key with
 * the same body returns the first answer and delivers nothing again; with
 * another body it is refused with 409 `invalid_idempotent_request`.
 * Scripted failures come first.
 */
import { createHash, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

type FakeEmail = {
  id: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  idempotencyKey?: string;
};
type EmailBody = { to: string | string[]; subject: string; html: string; text: string; headers?: Record<string, string> };
export type ScriptedFailure = { status: number; retryAfter?: number; message?: string };

const BATCH_LIMIT = 100;

export async function startFakeResend(options: { keepMessages?: boolean } = { keepMessages: true }) {
  const delivered: FakeEmail[] = [];
  /** Each key's request body (hashed) and the answer it got. */
  const byKey = new Map<string, { bodyHash: string; answer: unknown }>();
  const failures: ScriptedFailure[] = [];
  /** Everyone mailed at least once, and requests that repeated an Idempotency-Key (answered, not delivered again). */
  const recipients = new Set<string>();
  let repeatedKeys = 0;
  let requests = 0;

  const deliver = (email: EmailBody, key: string | undefined) => {
    const id = randomUUID();
    for (const to of [email.to].flat()) recipients.add(to);
    if (options.keepMessages)
      delivered.push({
        id,
        to: [email.to].flat(),
        subject: email.subject,
        html: email.html,
        text: email.text,
        headers: email.headers ?? {},
        idempotencyKey: key,
      });
    else delivered.length++;
    return id;
  };
  /** What Resend's validation would say of one email, or null. */
  const invalid = (email: EmailBody) => {
    const to = [email.to ?? []].flat();
    if (to.length === 0 || to.some((address) => !/^[^@\s]+@[^@\s]+$/.test(address))) return "Invalid `to` field.";
    if (!email.subject) return "Missing `subject` field.";
    return null;
  };

  const server = http.createServer((request, response) => {
    // Decoded once at the end: a chunk boundary can fall inside a character.
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks);
      const body = raw.toString("utf8");
      const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(status, { "content-type": "application/json", ...headers });
        response.end(JSON.stringify(payload));
      };
      const refuse = (status: number, name: string, message: string, headers: Record<string, string> = {}) =>
        reply(status, { name, message, statusCode: status }, headers);
      if (request.method === "GET" && request.url === "/_stats") {
        return reply(200, { delivered: delivered.length, requests, recipients: recipients.size, repeatedKeys });
      }
      const batch = request.url === "/emails/batch";
      if (request.method !== "POST" || (request.url !== "/emails" && !batch)) return refuse(404, "not_found", "Not found");
      requests++;
      if (!request.headers.authorization?.startsWith("Bearer ")) return refuse(401, "missing_api_key", "Missing API key");
      const failure = failures.shift();
      if (failure) {
        return refuse(
          failure.status,
          failure.status === 429 ? "rate_limit_exceeded" : "application_error",
          failure.message ?? `failure ${failure.status}`,
          failure.retryAfter !== undefined ? { "retry-after": String(failure.retryAfter) } : {},
        );
      }
      const key = request.headers["idempotency-key"] as string | undefined;
      const bodyHash = createHash("sha256").update(request.url!).update(raw).digest("hex");
      const earlier = key ? byKey.get(key) : undefined;
      if (earlier) {
        repeatedKeys++;
        if (earlier.bodyHash !== bodyHash) {
          return refuse(409, "invalid_idempotent_request", "Same idempotency key used with a different request payload.");
        }
        return reply(200, earlier.answer);
      }
      let answer: unknown;
      if (!batch) {
        const email = JSON.parse(body) as EmailBody;
        const problem = invalid(email);
        if (problem) return refuse(422, "validation_error", problem);
        answer = { id: deliver(email, key) };
      } else {
        const emails = JSON.parse(body) as EmailBody[];
        if (!Array.isArray(emails) || emails.length === 0 || emails.length > BATCH_LIMIT) {
          return refuse(422, "validation_error", `A batch holds 1 to ${BATCH_LIMIT} emails.`);
        }
        const errors = emails.flatMap((email, index) => {
          const message = invalid(email);
          return message ? [{ index, message }] : [];
        });
        const permissive = request.headers["x-batch-validation"] === "permissive";
        if (errors.length > 0 && !permissive) return refuse(422, "validation_error", errors[0]!.message);
        const refused = new Set(errors.map((e) => e.index));
        const data = emails.flatMap((email, index) => (refused.has(index) ? [] : [{ id: deliver(email, key) }]));
        answer = permissive ? { data, errors } : { data };
      }
      if (key) byKey.set(key, { bodyHash, answer });
      reply(200, answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    delivered,
    failNext: (...next: ScriptedFailure[]) => failures.push(...next),
    get requests() {
      return requests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
