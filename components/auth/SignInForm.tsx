"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { authClient } from "@/lib/auth/client";

const schema = z.object({
  email: z.string().trim().toLowerCase().email("Enter your email address."),
  password: z.string().min(1, "Enter your password."),
});

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = schema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      const fields = parsed.error.flatten().fieldErrors;
      setErrors({ email: fields.email?.[0], password: fields.password?.[0] });
      return;
    }
    setPending(true);
    setErrors({});
    const { error } = await authClient.signIn.email(parsed.data);
    setPending(false);
    if (error) {
      setErrors({
        form:
          error.status === 429
            ? (error.message ?? "Too many attempts. Wait a little, then try again.")
            : error.status === 401 || error.status === 400
              ? "That email and password do not match an account."
              : error.status === 503
                ? "The database is unavailable for the moment. Try again in a few seconds."
                : "Signing in failed. Try again.",
      });
      return;
    }
    router.push(next);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-describedby={errors.form ? "sign-in-error" : undefined}>
      {errors.form && (
        <p id="sign-in-error" className="form-error" role="alert">{errors.form}</p>
      )}
      <div>
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required aria-invalid={!!errors.email} aria-describedby={errors.email ? "email-error" : undefined} />
        {errors.email && <p id="email-error" className="field-error">{errors.email}</p>}
      </div>
      <div>
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required aria-invalid={!!errors.password} aria-describedby={errors.password ? "password-error" : undefined} />
        {errors.password && <p id="password-error" className="field-error">{errors.password}</p>}
      </div>
      <button type="submit" disabled={pending}>{pending ? "Signing in…" : "Sign in"}</button>
    </form>
  );
}
