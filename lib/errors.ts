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

/** Prisma's "unique constraint failed" code, for mapping races to a clear conflict. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

/** Prisma's "record to update or delete not found" code. */
export function isRecordNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2025";
}
