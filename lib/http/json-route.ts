import "server-only";
import type { z } from "zod";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { checkWriteLimit } from "@/lib/rate-limit-writes";

const STATUS: Record<AppError["code"], number> = {
  not_found: 404,
  conflict: 409,
  invalid: 422,
  rate_limited: 429,
  unauthenticated: 401,
};

/**
 * The shape of every JSON route handler: a session is required, the body is
 * parsed with `schema` (field errors come back as 422), expected failures map
 * to their status and unexpected ones to a generic 500 without internals.
 */
export function jsonRoute<S extends z.ZodType, R>(schema: S, handle: (viewer: Viewer, input: z.infer<S>) => Promise<R>, successStatus = 200) {
  return async (request: Request): Promise<Response> => {
    const viewer = await getViewer();
    if (!viewer) return Response.json({ error: "Please sign in." }, { status: 401 });
    const limited = await checkWriteLimit(viewer);
    if (limited) return Response.json({ error: limited }, { status: 429 });
    if (!request.headers.get("content-type")?.includes("application/json")) {
      return Response.json({ error: "Send JSON (Content-Type: application/json)." }, { status: 415 });
    }
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return Response.json({ error: "The body is not valid JSON." }, { status: 400 });
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "body")] ??= issue.message;
      return Response.json({ error: "Please check the highlighted fields.", fieldErrors }, { status: 422 });
    }
    try {
      return Response.json(await handle(viewer, parsed.data), { status: successStatus });
    } catch (error) {
      if (error instanceof AppError) return Response.json({ error: error.message }, { status: STATUS[error.code] });
      console.error("Unexpected error in a JSON route", error);
      return Response.json({ error: "Something went wrong on our side." }, { status: 500 });
    }
  };
}
