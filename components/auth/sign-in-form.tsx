"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { UNAVAILABLE_MESSAGE } from "@/lib/errors";
import { requestSignInEmail } from "./auth-requests";

const ERRORS: Record<string, string> = {
  RateLimited: "Too many sign-in emails were asked for. Please wait 15 minutes, then try again.",
  Unavailable: UNAVAILABLE_MESSAGE,
  EmailSignin: "That doesn't look like an email address we can send to. Please check it.",
};

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | undefined>(initialError);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
      setFieldError("Enter your email address, like alex@example.com");
      return;
    }
    setFieldError(undefined);
    setError(undefined);
    setPending(true);
    try {
      const { error: code } = await requestSignInEmail(address, callbackUrl);
      if (code) {
        setError(ERRORS[code] ?? "We couldn't send the sign-in email. Please try again in a moment.");
        return;
      }
      router.push(`/signin/check-email?email=${encodeURIComponent(address)}`);
    } catch {
      setError("We couldn't reach Kindred. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage status={error ? "error" : "idle"} message={error} />
      <TextField
        label="Email"
        name="email"
        type="email"
        // "webauthn": where the browser can, it offers the person's passkey among the suggestions.
        autoComplete="email webauthn"
        inputMode="email"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={fieldError}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
