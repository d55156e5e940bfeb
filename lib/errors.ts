/**
 * An expected failure with a message written for the person using Kindred
 * ("That invite has expired"). Anything else that is thrown is unexpected: it is
 * logged and the person sees a generic message, never internals.
 */
export class AppError extends Error {
  constructor(
    message: string,
    readonly code: "not_found" | "conflict" | "invalid" | "rate_limited" | "unauthenticated" = "invalid",
    /** The form field the message belongs next to, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export class NotFoundError extends AppError {
  constructor(message = "We couldn't find that.") {
    super(message, "not_found");
  }
}

/** What a person is told while the database is unreachable (it restarts, fails over, is overloaded). */
export const UNAVAILABLE_MESSAGE = "Kindred can't reach its database right now. Please try again in a moment.";

/** Prisma's codes for "could not connect", "connection timed out", "server closed the connection", "pool timed out". */
const PRISMA_CONNECTION_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** Socket errors and PostgreSQL's SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutting down, starting up). */
const DRIVER_CONNECTION_CODE = /^(08|57P)|^E(CONNREFUSED|CONNRESET|PIPE|TIMEDOUT)$/;
/** The driver adapter's own kinds of error (in a DriverAdapterError's cause) for a connection that failed or was cut. */
const DRIVER_ADAPTER_CONNECTION_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const DRIVER_CONNECTION_MESSAGE =
  /Connection terminated|Can't reach database server|DatabaseNotReachable|not queryable|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i;

/**
 * True when `error` (or anything in its cause chain) says the database could
 * not be reached or dropped the connection: an outage to report as "try again
 * in a moment" (503), not a bug.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; typeof current === "object" && current !== null && depth < 5; depth++) {
    const { code, originalCode, message, kind, meta, cause } = current as {
      code?: unknown;
      originalCode?: unknown;
      message?: unknown;
      kind?: unknown;
      meta?: { driverAdapterError?: unknown };
      cause?: unknown;
    };
    if (typeof code === "string" && (PRISMA_CONNECTION_CODES.has(code) || DRIVER_CONNECTION_CODE.test(code))) return true;
    if (typeof originalCode === "string" && DRIVER_CONNECTION_CODE.test(originalCode)) return true;
    if (typeof message === "string" && DRIVER_CONNECTION_MESSAGE.test(message)) return true;
    if (typeof kind === "string" && DRIVER_ADAPTER_CONNECTION_KINDS.has(kind)) return true;
    // A raw query's failure (P2010) carries the adapter's error in `meta`, not as its cause.
    current = meta?.driverAdapterError ?? cause;
  }
  return false;
}

/** Prisma's "unique constraint failed" code, for mapping races to a clear conflict. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
