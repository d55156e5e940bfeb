import "server-only";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { requireOnboardedViewer, requireViewer, type OnboardedViewer, type Viewer } from "@/lib/auth/viewer";
import { AppError, isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "@/lib/errors";
import { checkWriteLimit } from "@/lib/rate-limit/writes";
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
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
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

type Options<Input, State> = {
  /** Paths to revalidate after a success (never after a failure); "layout" revalidates the whole tree under it. */
  revalidate?: readonly (string | readonly [path: string, type: "layout" | "page"])[];
  /** The confirmation to show after a success, when the handler returns nothing of its own. */
  message?: string;
  /** Where to go after a success. */
  redirect?: string | ((input: Input, state: State) => string);
};

type Handler<V, S extends z.ZodType, State> = (viewer: V, input: z.infer<S>) => Promise<NoInfer<State> | void>;

/**
 * The one shape of a form's server action. In order: find the caller
 * (`resolve`), count the write against the limits (per person and per client),
 * parse the form with `schema` (field messages next to the fields), run
 * `handler`, then revalidate and redirect only on success. Expected failures
 * (AppError) show their message; an outage says "try again in a moment";
 * anything else is logged and shown as a generic line. What was typed stays.
 */
function buildAction<V extends Viewer | null, S extends z.ZodType, State extends FormState>(
  resolve: () => Promise<V>,
  schema: S,
  handler: Handler<V, S, State>,
  options: Options<z.infer<S>, State>,
): (previous: State, formData: FormData) => Promise<State> {
  return async (_previous, formData) => {
    const values = valuesOf(formData);
    let target: string | undefined;
    try {
      const viewer = await resolve();
      const limited = await checkWriteLimit(viewer);
      if (limited) return { status: "error", message: limited, values } as State;
      const parsed = schema.safeParse(values);
      if (!parsed.success) {
        return {
          status: "error",
          message: "Please check the highlighted fields.",
          fieldErrors: firstErrorPerField(parsed.error),
          values,
        } as State;
      }
      const state = ((await handler(viewer, parsed.data)) ?? { status: "success", message: options.message }) as State;
      if (state.status !== "success") return state;
      for (const path of options.revalidate ?? []) {
        if (typeof path === "string") revalidatePath(path);
        else revalidatePath(path[0], path[1]);
      }
      target = typeof options.redirect === "function" ? options.redirect(parsed.data, state) : options.redirect;
      if (!target) return state;
    } catch (error) {
      unstable_rethrow(error);
      return failureState(error, values) as State;
    }
    redirect(target);
  };
}

/*
 * Which builder: every form a signed-in person submits uses viewerAction,
 * which sends someone who has not yet given a name and time zone to /welcome
 * first. The one exception is the welcome form itself (onboardingAction): it
 * is how a person gets past /welcome. Forms authorised by something other
 * than a session (a signed link) use publicAction. tests/unit/viewer-action
 * checks that no other form uses onboardingAction.
 */

/** A form action for a signed-in person who has set a name and time zone (everyone past /welcome). */
export function viewerAction<S extends z.ZodType, State extends FormState = FormState>(
  schema: S,
  handler: Handler<OnboardedViewer, S, State>,
  options: Options<z.infer<S>, State> = {},
) {
  return buildAction(requireOnboardedViewer, schema, handler, options);
}

/** The welcome form's action only: a signed-in person who has not finished onboarding yet. */
export function onboardingAction<S extends z.ZodType, State extends FormState = FormState>(
  schema: S,
  handler: Handler<Viewer, S, State>,
  options: Options<z.infer<S>, State> = {},
) {
  return buildAction(requireViewer, schema, handler, options);
}

/** A form action anyone may use (the unsubscribe page, authorised by its signed token): limited per client only. */
export function publicAction<S extends z.ZodType, State extends FormState = FormState>(
  schema: S,
  handler: (input: z.infer<S>) => Promise<NoInfer<State> | void>,
  options: Options<z.infer<S>, State> = {},
) {
  return buildAction(
    async () => null,
    schema,
    (_viewer, input) => handler(input),
    options,
  );
}
