"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { TextField } from "@/components/text-field";
import { changePasswordAction } from "./actions";
import { ErrorMessage } from "@/components/forms/error-message";

type Result = Awaited<ReturnType<typeof changePasswordAction>>;
/** A refusal keeps what was typed: React empties the form after every action, failed ones too. */
type State = Result | (Extract<Result, { ok: false }> & { typed: Record<Field, string> }) | null;
type Field = "currentPassword" | "newPassword" | "newPasswordConfirm";

/**
 * After a change every session has ended, this one too: the form signs this device in again with
 * the new password, so only the other devices are signed out.
 */
export function ChangePasswordForm({ continueTo }: { continueTo?: string }) {
  const router = useRouter();
  const [state, action, pending] = useActionState(async (_previous: State, form: FormData) => {
    // Not the previous state: it holds the passwords typed last time, which the server never needs.
    const result = await changePasswordAction(null, form);
    if (!result.ok) {
      const typed = (field: Field) => String(form.get(field) ?? "");
      return {
        ...result,
        typed: {
          currentPassword: typed("currentPassword"),
          newPassword: typed("newPassword"),
          newPasswordConfirm: typed("newPasswordConfirm"),
        },
      };
    }
    const signedIn = await signIn("credentials", {
      username: result.data.username,
      password: String(form.get("newPassword")),
      redirect: false,
    }).catch(() => undefined);
    if (!signedIn?.ok || signedIn.error) {
      router.replace("/dang-nhap");
      return result;
    }
    // A temporary password replaced: the user goes on to the app they could not open before.
    if (continueTo) router.replace(continueTo);
    else router.refresh();
    return result;
  }, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const typed = state && "typed" in state ? state.typed : undefined;
  return (
    <form action={action} noValidate className="max-w-md space-y-4">
      <TextField
        name="currentPassword"
        defaultValue={typed?.currentPassword}
        label="Mật khẩu hiện tại"
        type="password"
        autoComplete="current-password"
        errors={errors?.currentPassword}
      />
      <TextField
        name="newPassword"
        defaultValue={typed?.newPassword}
        label="Mật khẩu mới"
        type="password"
        autoComplete="new-password"
        errors={errors?.newPassword}
      />
      <TextField
        name="newPasswordConfirm"
        defaultValue={typed?.newPasswordConfirm}
        label="Nhập lại mật khẩu mới"
        type="password"
        autoComplete="new-password"
        errors={errors?.newPasswordConfirm}
      />
      {state && !state.ok && state.formError && (
        <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
          <ErrorMessage message={state.formError} />
        </p>
      )}
      {state?.ok && (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          Đã đổi mật khẩu. Các thiết bị khác đã được đăng xuất.
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Đang đổi…" : "Đổi mật khẩu"}
      </button>
    </form>
  );
}
