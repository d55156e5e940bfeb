import type { ComponentProps, ReactNode } from "react";

type FieldProps = {
  label: ReactNode;
  name: string;
  error?: string;
  hint?: ReactNode;
  children?: never;
} & ComponentProps<"input">;

/** The look of every text box, text area and select: a red border while it has an error. */
export function fieldClass(error?: string | boolean): string {
  return `rounded-xl border bg-white px-3.5 py-2.5 text-base text-ink placeholder:text-muted/70 ${error ? "border-danger" : "border-line"}`;
}

/** A labelled input with its hint and error announced to screen readers. */
export function TextField({ label, name, error, hint, id, className = "", ...input }: FieldProps) {
  const fieldId = id ?? `field-${name}`;
  const describedBy = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={fieldId} className="font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${fieldId}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`min-h-11 ${fieldClass(error)} ${className}`}
        {...input}
      />
      <FieldError id={`${fieldId}-error`} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-medium text-danger">
      {message}
    </p>
  );
}

/** A form-level message: errors are announced assertively, confirmations politely. */
export function FormMessage({ status, message }: { status: "idle" | "error" | "success"; message?: string }) {
  if (!message || status === "idle") return null;
  const tone = status === "error" ? "border-danger/30 bg-red-50 text-danger" : "border-sage/30 bg-sage-light text-sage";
  return (
    <p role={status === "error" ? "alert" : "status"} className={`rounded-xl border px-4 py-3 text-sm font-medium ${tone}`}>
      {message}
    </p>
  );
}

type CountedTextAreaProps = Omit<ComponentProps<"textarea">, "maxLength" | "value" | "id"> & {
  id: string;
  max: number;
  value: string;
  error?: string;
};

/** A text area (controlled) with its "12/500" count and its error under it, both announced with it. */
export function CountedTextArea({ id, max, value, error, className = "", ...textarea }: CountedTextAreaProps) {
  return (
    <>
      <textarea
        id={id}
        maxLength={max}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-count ${id}-error`}
        className={`${fieldClass(error)} ${className}`}
        {...textarea}
      />
      <p id={`${id}-count`} className="text-right text-xs text-muted">
        {value.length}/{max.toLocaleString("en")}
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}
