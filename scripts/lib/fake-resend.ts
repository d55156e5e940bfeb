/**
 * A stand-in for Resend's HTTP API on 127.0.0.1, for tests and the digest
 * benchmark: POST /emails with the same answers (200 with an id, 429 with
 * Retry-After, 5xx, 4xx) and Idempotency-Key handling (a repeated key returns
 * the first id and is not delivered again). Scripted failures come first.
 */
import { randomUUID } from "node:crypto";
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
export type ScriptedFailure = { status: number; retryAfter?: number; message?: string };

export async function startFakeResend(options: { keepMessages?: boolean } = { keepMessages: true }) {
  const delivered: FakeEmail[] = [];
  const byKey = new Map<string, string>();
  const failures: ScriptedFailure[] = [];
  /** Everyone mailed at least once, and requests that repeated an Idempotency-Key (answered, not delivered again). */
  const recipients = new Set<string>();
  let repeatedKeys = 0;
  let requests = 0;
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(status, { "content-type": "application/json", ...headers });
        response.end(JSON.stringify(payload));
      };
      if (request.method === "GET" && request.url === "/_stats") {
        return reply(200, { delivered: delivered.length, requests, recipients: recipients.size, repeatedKeys });
      }
      if (request.method !== "POST" || request.url !== "/emails")
        return reply(404, { name: "not_found", message: "Not found", statusCode: 404 });
      requests++;
      if (!request.headers.authorization?.startsWith("Bearer "))
        return reply(401, { name: "missing_api_key", message: "Missing API key", statusCode: 401 });
      const failure = failures.shift();
      if (failure) {
        return reply(
          failure.status,
          {
            name: failure.status === 429 ? "rate_limit_exceeded" : "application_error",
            message: failure.message ?? `failure ${failure.status}`,
            statusCode: failure.status,
          },
          failure.retryAfter !== undefined ? { "retry-after": String(failure.retryAfter) } : {},
        );
      }
      const key = request.headers["idempotency-key"] as string | undefined;
      if (key && byKey.has(key)) {
        repeatedKeys++;
        return reply(200, { id: byKey.get(key) });
      }
      const email = JSON.parse(body) as {
        to: string | string[];
        subject: string;
        html: string;
        text: string;
        headers?: Record<string, string>;
      };
      const id = randomUUID();
      if (key) byKey.set(key, id);
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
      reply(200, { id });
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
