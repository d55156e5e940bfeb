import { describe, expect, it, vi } from "vitest";
import { AppError, isDatabaseUnavailable, isUniqueViolation, UNAVAILABLE_MESSAGE } from "@/lib/errors";
import { errorResponse } from "@/lib/http/json-route";

/** Errors as they arrived while bench:faults stopped PostgreSQL under load (trimmed to the fields that matter). */
const OUTAGE_ERRORS = {
  "Prisma could not connect": Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
    name: "PrismaClientKnownRequestError",
    code: "P1001",
  }),
  "the adapter could not connect": Object.assign(new Error("DatabaseNotReachable"), { name: "DriverAdapterError" }),
  "the server shut down mid-query": Object.assign(new Error("terminating connection due to administrator command"), {
    name: "DriverAdapterError",
  }),
  "a pooled client broken by the restart": new Error("Client has encountered a connection error and is not queryable"),
  "the socket dropped": new Error("Connection terminated unexpectedly"),
  "SQLSTATE 57P03 (starting up)": Object.assign(new Error("the database system is starting up"), { code: "57P03" }),
  "refused, deep in the cause chain": new Error("outer", {
    cause: new Error("middle", { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) }),
  }),
  "a raw query whose connection the server closed": Object.assign(
    new Error("Raw query failed. Code: `N/A`. Message: `Server has closed the connection.`"),
    {
      name: "PrismaClientKnownRequestError",
      code: "P2010",
      meta: { driverAdapterError: Object.assign(new Error("ConnectionClosed"), { cause: { kind: "ConnectionClosed" } }) },
    },
  ),
  "the pool timed out": Object.assign(new Error("Timed out fetching a new connection from the connection pool"), { code: "P2024" }),
};

const BUGS = {
  "a unique violation": Object.assign(new Error("Unique constraint failed"), { code: "P2002" }),
  "a plain bug": new TypeError("Cannot read properties of undefined (reading 'id')"),
  "a syntax error from SQL": Object.assign(new Error('syntax error at or near "SELEC"'), { code: "42601" }),
  "an expected failure": new AppError("That invite has expired", "conflict"),
  "not an error at all": "DatabaseNotReachable?",
};

describe("isDatabaseUnavailable", () => {
  it.each(Object.entries(OUTAGE_ERRORS))("recognises %s as an outage", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each(Object.entries(BUGS))("does not mistake %s for an outage", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("still recognises a unique violation as one", () => {
    expect(isUniqueViolation(BUGS["a unique violation"])).toBe(true);
  });
});

describe("errorResponse (JSON routes)", () => {
  it("answers an outage with 503, a Retry-After and a plain message", async () => {
    const response = errorResponse(OUTAGE_ERRORS["the server shut down mid-query"]);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({ error: UNAVAILABLE_MESSAGE });
  });

  it("answers a bug with a generic 500 that names no internals", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = errorResponse(new Error('relation "Note" does not exist at /app/lib/notes/service.ts:12'));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/relation|service\.ts|Note/);
  });
});
