"use client";

import { FormStatus, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { resetAccountPasswordAction, setAccountActiveAction } from "../actions";
import { TemporaryPasswordNotice } from "../temporary-password-notice";

type Props = { userId: string; active: boolean; isSelf: boolean };

/** Deactivate or reactivate the account: a deactivated account is signed out everywhere at once. */
export function AccountActiveForm({ userId, active, isSelf }: Props) {
  const { state, pending, onSubmit } = useKeptForm(setAccountActiveAction);
  if (isSelf)
    return <p className="text-sm text-stone-600">Bạn không thể tự khóa tài khoản của chính mình.</p>;
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <FormStatus state={state} saved={active ? "Đã mở lại tài khoản." : "Đã khóa tài khoản."} />
      <SubmitButton pending={pending} variant="secondary">
        {active ? "Khóa tài khoản" : "Mở lại tài khoản"}
      </SubmitButton>
    </form>
  );
}

/** A new one-time password, shown once; the old one and every session end. */
export function ResetPasswordForm({ userId, isSelf }: Omit<Props, "active">) {
  const { state, pending, onSubmit } = useKeptForm(resetAccountPasswordAction);
  if (isSelf) return <p className="text-sm text-stone-600">Đổi mật khẩu của chính bạn ở trang Tài khoản.</p>;
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      {state?.ok ? (
        <TemporaryPasswordNotice username={state.data.username} password={state.data.temporaryPassword} />
      ) : (
        <FormStatus state={state} />
      )}
      <SubmitButton pending={pending} variant="secondary">
        Cấp mật khẩu tạm thời mới
      </SubmitButton>
    </form>
  );
}
