import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { AppError, isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "@/lib/errors";
import { checkWriteLimit } from "@/lib/rate-limit-writes";
import type { FormState } from "./form-state";

function valuesOf(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

function firstErrorPerField(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}

/** What a form shows after `error`: its own message when expected, "try again in a moment" during an outage, else a generic line. What was typed stays. */
function failureState(error: unknown, values: Record<string, string>): FormState {
  if (error instanceof AppError) {
    return { status: "error", message: error.message, fieldErrors: error.field ? { [error.field]: error.message } : undefined, values };
  }
  if (isDatabaseUnavailable(error)) return { status: "error", message: UNAVAILABLE_MESSAGE, values };
  console.error("Unexpected error in a form action", error);
  return { status: "error", message: "Something went wrong on our side. Please try again.", values };
}

/**
 * The shape of every form action: check the write limits, parse the form with `schema`, run `handle`,
 * and turn failures into a state the form can show next to its fields.
 * Expected failures (AppError) show their message; anything else is logged and
 * shown as a generic message. next/navigation's redirect() passes through.
 */
export async function handleForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  handle: (input: z.infer<S>) => Promise<FormState | void>,
): Promise<FormState> {
  const values = valuesOf(formData);
  try {
    const limited = await checkWriteLimit();
    if (limited) return { status: "error", message: limited, values };
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      return { status: "error", message: "Please check the highlighted fields.", fieldErrors: firstErrorPerField(parsed.error), values };
    }
    return (await handle(parsed.data)) ?? { status: "success" };
  } catch (error) {
    unstable_rethrow(error);
    return failureState(error, values);
  }
}

/**
 * Every exported form action is wrapped in this, so that what fails around
 * handleForm (finding the signed-in person while the database is down, say)
 * also comes back as a message above the form with what was typed kept,
 * rather than replacing the page with the error screen.
 */
export function formAction<S extends FormState>(
  action: (previous: S, formData: FormData) => Promise<S>,
): (previous: S, formData: FormData) => Promise<S> {
  return async (previous, formData) => {
    try {
      return await action(previous, formData);
    } catch (error) {
      unstable_rethrow(error);
      return failureState(error, valuesOf(formData)) as S;
    }
  };
}
