/**
 * A Web Push service on 127.0.0.1 for tests, e2e and bench:push. It answers
 * like a real one (201 Created; 410 for a subscription that is gone; scripted
 * 429 with Retry-After and 5xx), checks each request's VAPID signature, and
 * decrypts each payload with the test subscription's private keys (RFC 8291,
 * aes128gcm), so a test reads exactly what a phone would receive.
 */
import { createECDH, createPublicKey, randomBytes, randomUUID, verify } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import ece from "http_ece";

type ReceivedPush = {
  subscriptionId: string;
  topic: string | null;
  urgency: string | null;
  ttl: number;
  /** The decrypted payload, parsed. */
  payload: { title: string; body: string; url: string; tag: string; badge?: number };
  /** The encrypted body as sent, for handing to a browser's service worker. */
  raw: Buffer;
};
export type ScriptedPushFailure = { status: number; retryAfter?: number };
export type TestSubscription = { id: string; endpoint: string; keys: { p256dh: string; auth: string } };

export async function startFakePushService({ decrypt = true }: { decrypt?: boolean } = {}) {
  const keys = new Map<string, { ecdh: ReturnType<typeof createECDH>; auth: string }>();
  const gone = new Set<string>();
  const failures: ScriptedPushFailure[] = [];
  const received: ReceivedPush[] = [];
  const problems: string[] = [];
  let requests = 0;

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      requests++;
      const answer = (status: number, headers: Record<string, string> = {}) => {
        response.writeHead(status, headers);
        response.end();
      };
      const id = /^\/push\/([\w-]+)$/.exec(request.url ?? "")?.[1];
      const subscription = id ? keys.get(id) : undefined;
      if (request.method !== "POST" || !id || !subscription || gone.has(id)) return answer(id && gone.has(id) ? 410 : 404);
      const failure = failures.shift();
      if (failure) return answer(failure.status, failure.retryAfter === undefined ? {} : { "retry-after": String(failure.retryAfter) });
      const problem = checkRequest(request, `http://${request.headers.host}`);
      if (problem) {
        problems.push(problem);
        return answer(400);
      }
      const raw = Buffer.concat(chunks);
      let payload: ReceivedPush["payload"];
      try {
        const plain = decrypt
          ? ece.decrypt(raw, { version: "aes128gcm", privateKey: subscription.ecdh, authSecret: subscription.auth })
          : Buffer.from("{}");
        payload = JSON.parse(plain.toString("utf8")) as ReceivedPush["payload"];
      } catch (error) {
        problems.push(`could not decrypt: ${String(error)}`);
        return answer(400);
      }
      received.push({
        subscriptionId: id,
        topic: header(request, "topic"),
        urgency: header(request, "urgency"),
        ttl: Number(header(request, "ttl")),
        payload,
        raw,
      });
      answer(201, { location: `/messages/${randomUUID()}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    received,
    /** Requests refused as malformed (a bad VAPID signature, an undecryptable body): a test expects none. */
    problems,
    requests: () => requests,
    /** A browser's subscription to this service, with keys only this service (and the test) can decrypt with. */
    subscribe(): TestSubscription {
      const id = randomUUID();
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const auth = randomBytes(16).toString("base64url");
      keys.set(id, { ecdh, auth });
      return { id, endpoint: `${url}/push/${id}`, keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth } };
    },
    /** The subscription was withdrawn (the person turned notifications off in the browser): 410 from now on. */
    expire(id: string) {
      gone.add(id);
    },
    failNext(failure: ScriptedPushFailure) {
      failures.push(failure);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function header(request: http.IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return typeof value === "string" ? value : null;
}

/** What a push service checks: encoding, TTL, and a VAPID JWT signed by the key it names, for this origin, not expired. */
function checkRequest(request: http.IncomingMessage, origin: string): string | null {
  if (header(request, "content-encoding") !== "aes128gcm") return "content-encoding is not aes128gcm";
  if (!/^\d+$/.test(header(request, "ttl") ?? "")) return "no TTL";
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(header(request, "authorization") ?? "");
  if (!match) return "no VAPID authorization";
  const [, token, key] = match as unknown as [string, string, string];
  const [head, body, signature] = token.split(".") as [string, string, string];
  const raw = Buffer.from(key, "base64url");
  const publicKey = createPublicKey({
    key: { kty: "EC", crv: "P-256", x: raw.subarray(1, 33).toString("base64url"), y: raw.subarray(33, 65).toString("base64url") },
    format: "jwk",
  });
  const signed = verify(
    "sha256",
    Buffer.from(`${head}.${body}`),
    { key: publicKey, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url"),
  );
  if (!signed) return "VAPID signature does not verify";
  const claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as { aud?: string; exp?: number; sub?: string };
  if (claims.aud !== origin) return `VAPID audience ${claims.aud} is not ${origin}`;
  if (!claims.exp || claims.exp * 1000 < Date.now() || claims.exp * 1000 > Date.now() + 24 * 3600_000)
    return "VAPID token expired or too long";
  if (!claims.sub) return "VAPID subject missing";
  return null;
}
