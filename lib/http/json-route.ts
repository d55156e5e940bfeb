import "server-only";
import type { z } from "zod";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { appUrl } from "@/lib/env";
import { AppError, isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "@/lib/errors";
import { checkWriteLimit } from "@/lib/rate-limit/writes";

/** Every JSON write is a small form's worth; anything much bigger is refused before it is parsed. */
const MAX_JSON_BYTES = 64 * 1024;

const STATUS: Record<AppError["code"], number> = {
  not_found: 404,
  conflict: 409,
  invalid: 422,
  rate_limited: 429,
  unauthenticated: 401,
};

/** JSON for a failure: expected ones with their status and message, an outage as "try again shortly" (503), anything else a generic 500; never internals. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) return Response.json({ error: error.message }, { status: STATUS[error.code] });
  if (isDatabaseUnavailable(error)) return Response.json({ error: UNAVAILABLE_MESSAGE }, { status: 503, headers: { "retry-after": "5" } });
  console.error("Unexpected error in a JSON route", error);
  return Response.json({ error: "Something went wrong on our side." }, { status: 500 });
}

/** A route handler whose failures become errorResponse()s instead of Next's empty 500. */
export function withErrorResponses<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * JSON writes come only from Kindred's own pages (or from programs, which send
 * neither header). A page on another port or subdomain of the same site is
 * "same-site", so the browser sends the Lax session cookie with its request:
 * refuse it by Sec-Fetch-Site and Origin. And only `application/json`, so a
 * "simple" cross-origin request (text/plain, which needs no preflight) can
 * never pass for JSON.
 */
function refuseForeignRequest(request: Request): Response | null {
  const [mediaType, ...parameters] = (request.headers.get("content-type") ?? "").split(";").map((part) => part.trim().toLowerCase());
  if (mediaType !== "application/json" || parameters.some((parameter) => parameter !== "charset=utf-8")) {
    return Response.json({ error: "Send JSON (Content-Type: application/json)." }, { status: 415 });
  }
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  if ((site && site !== "same-origin") || (origin && origin !== new URL(appUrl()).origin)) {
    return Response.json({ error: "This request did not come from Kindred." }, { status: 403 });
  }
  return null;
}

/** The request's body parsed with `schema`, or the answer that refuses it (too large, not JSON, 422 with field errors). */
async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<{ data: z.infer<S> } | { refused: Response }> {
  const tooLarge = () => ({ refused: Response.json({ error: "That request is too large." }, { status: 413 }) });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BYTES) return tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) return tooLarge();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { refused: Response.json({ error: "The body is not valid JSON." }, { status: 400 }) };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "body")] ??= issue.message;
    return { refused: Response.json({ error: "Please check the highlighted fields.", fieldErrors }, { status: 422 }) };
  }
  return { data: parsed.data };
}

/**
 * The shape of every JSON route handler: only same-origin JSON (see refuseForeignRequest), a session is required, the body is
 * parsed with `schema` (field errors come back as 422), expected failures map
 * to their status, a database outage to 503 and anything else to a generic 500
 * without internals.
 */
export function jsonRoute<S extends z.ZodType, R>(
  schema: S,
  handle: (viewer: Viewer, input: z.infer<S>) => Promise<R>,
  successStatus = 200,
) {
  return withErrorResponses(async (request: Request): Promise<Response> => {
    const foreign = refuseForeignRequest(request);
    if (foreign) return foreign;
    const viewer = await getViewer();
    if (!viewer) return Response.json({ error: "Please sign in." }, { status: 401 });
    const limited = await checkWriteLimit(viewer);
    if (limited) return Response.json({ error: limited }, { status: 429 });
    const body = await readBody(request, schema);
    if ("refused" in body) return body.refused;
    return Response.json(await handle(viewer, body.data), { status: successStatus });
  });
}

/**
 * A JSON route for someone not signed in yet (passkey sign-in): as jsonRoute,
 * but instead of a session, `allow` decides (a per-client rate limit) and a
 * refusal is a 429.
 */
export function publicJsonRoute<S extends z.ZodType, R>(
  schema: S,
  allow: (request: Request) => Promise<boolean>,
  handle: (input: z.infer<S>, request: Request) => Promise<R>,
) {
  return withErrorResponses(async (request: Request): Promise<Response> => {
    const foreign = refuseForeignRequest(request);
    if (foreign) return foreign;
    if (!(await allow(request))) return Response.json({ error: "Too many tries from here. Please wait a few minutes." }, { status: 429 });
    const body = await readBody(request, schema);
    if ("refused" in body) return body.refused;
    return Response.json(await handle(body.data, request));
  });
}
