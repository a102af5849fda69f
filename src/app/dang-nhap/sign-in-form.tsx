"use client";

import "@/components/forms/zod-in-browser";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { forgetConferenceScreens } from "@/components/conference/offline-screen-cache";
import { forgetRememberedFrames } from "@/components/remembered-frames";
import { signInSchema } from "@/schemas/sign-in";
import { signInErrorMessage } from "./sign-in-error";

type FieldErrors = Partial<Record<"username" | "password", string>>;

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ username: form.get("username"), password: form.get("password") });
    setFormError(null);
    if (!parsed.success) {
      const { fieldErrors: errors } = z.flattenError(parsed.error);
      setFieldErrors({ username: errors.username?.[0], password: errors.password?.[0] });
      return;
    }
    setFieldErrors({});
    setPending(true);
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (result?.ok && !result.error) {
        // Conference screens kept for offline reloads, and the frames and pages this tab last
        // showed, were someone's view: not this person's.
        await forgetConferenceScreens();
        forgetRememberedFrames();
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setFormError(signInErrorMessage(result?.error ?? ""));
    } catch {
      setFormError(signInErrorMessage("unavailable"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-5"
      aria-describedby={formError ? "sign-in-error" : undefined}
    >
      <Field name="username" label="Tên đăng nhập" autoComplete="username" error={fieldErrors.username} />
      <Field
        name="password"
        label="Mật khẩu"
        type="password"
        autoComplete="current-password"
        error={fieldErrors.password}
      />
      {formError && (
        <p
          id="sign-in-error"
          role="alert"
          className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800"
        >
          {formError}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Đang đăng nhập…" : "Đăng nhập"}
      </button>
    </form>
  );
}

type FieldProps = { name: string; label: string; type?: string; autoComplete: string; error?: string };

function Field({ name, label, type = "text", autoComplete, error }: FieldProps) {
  const errorId = `${name}-error`;
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-stone-700">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600"
      />
      {error && (
        <p id={errorId} className="mt-1 text-sm text-brand-700">
          {error}
        </p>
      )}
    </div>
  );
}
