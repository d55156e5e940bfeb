/** What a form's server action returns to useActionState. */
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What the person typed, so a rejected form keeps it. */
  values?: Record<string, string>;
};

export const idleFormState: FormState = { status: "idle" };
