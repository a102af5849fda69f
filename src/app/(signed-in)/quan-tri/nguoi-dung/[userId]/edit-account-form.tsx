"use client";

import { FormStatus, InputField, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import type { AccountRow } from "@/server/queries/accounts/list-accounts";
import type { GrantScopes } from "@/server/queries/accounts/list-grant-scopes";
import { updateAccountAction } from "../actions";
import { GrantsEditor } from "../grants-editor";

/** Name and grants; a change of grants signs the person out everywhere, so it applies at once. */
export function EditAccountForm({ account, scopes }: { account: AccountRow; scopes: GrantScopes }) {
  const { state, pending, onSubmit, errorOf } = useKeptForm(updateAccountAction);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="userId" value={account.id} />
      <input type="hidden" name="version" value={account.version} />
      <InputField
        id="displayName"
        name="displayName"
        label="Họ và tên"
        defaultValue={account.displayName}
        maxLength={100}
        error={errorOf("displayName")}
      />
      <GrantsEditor scopes={scopes} initial={account.grants} error={errorOf("grants")} />
      <FormStatus state={state} saved="Đã lưu. Nếu quyền thay đổi, người dùng cần đăng nhập lại." />
      <SubmitButton pending={pending}>Lưu thay đổi</SubmitButton>
    </form>
  );
}
