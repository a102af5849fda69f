"use client";

import Link from "@/components/app-link";
import { FormStatus, InputField, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import type { GrantScopes } from "@/server/queries/accounts/list-grant-scopes";
import { createAccountAction } from "../actions";
import { GrantsEditor } from "../grants-editor";
import { TemporaryPasswordNotice } from "../temporary-password-notice";

/** New account: username, name and grants; on success its temporary password, shown once. */
export function CreateAccountForm({ scopes }: { scopes: GrantScopes }) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(createAccountAction);
  if (state?.ok)
    return (
      <div className="space-y-4">
        <TemporaryPasswordNotice username={state.data.username} password={state.data.temporaryPassword} />
        <p className="flex flex-wrap gap-4 text-sm">
          <Link href={`/quan-tri/nguoi-dung/${state.data.id}`} className="text-brand-800 underline">
            Xem tài khoản vừa tạo
          </Link>
          <Link href="/quan-tri/nguoi-dung" className="text-brand-800 underline">
            Về danh sách tài khoản
          </Link>
        </p>
      </div>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField
          id="username"
          name="username"
          label="Tên đăng nhập"
          hint="Chữ, số và các dấu . _ - (ví dụ: thuky.ktkt)."
          maxLength={100}
          error={errorOf("username")}
        />
        <InputField
          id="displayName"
          name="displayName"
          label="Họ và tên"
          hint="Kèm chức vụ, đơn vị nếu cần để dễ nhận ra."
          maxLength={100}
          error={errorOf("displayName")}
        />
      </div>
      <GrantsEditor scopes={scopes} initial={[]} error={errorOf("grants")} />
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Tạo tài khoản</SubmitButton>
    </form>
  );
}
