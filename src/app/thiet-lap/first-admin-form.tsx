"use client";

import { useActionState, useState } from "react";
import { TextField } from "@/components/text-field";
import { createFirstAdminAction } from "./actions";

/** The fields kept after a refusal (a wrong token, a taken username): all but the passwords. */
const KEPT = ["setupToken", "provinceName", "provinceCode", "displayName", "username"] as const;
type Kept = Partial<Record<(typeof KEPT)[number], string>>;

export function FirstAdminForm() {
  const [typed, setTyped] = useState<Kept>({});
  const [state, action, pending] = useActionState(
    (previous: Awaited<ReturnType<typeof createFirstAdminAction>> | null, form: FormData) => {
      // React resets the form once the action returns; its fields reset to these defaults.
      setTyped(Object.fromEntries(KEPT.map((name) => [name, String(form.get(name) ?? "")])));
      return createFirstAdminAction(previous, form);
    },
    null,
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} noValidate className="space-y-4">
      <TextField
        name="setupToken"
        defaultValue={typed.setupToken}
        label="Mã thiết lập"
        autoComplete="off"
        hint="In trong nhật ký máy chủ khi khởi động lần đầu, hoặc là biến môi trường SETUP_TOKEN"
        errors={errors?.setupToken}
      />
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-stone-800">Tỉnh, thành phố</legend>
        <TextField
          name="provinceName"
          defaultValue={typed.provinceName}
          label="Tên tỉnh, thành phố"
          errors={errors?.provinceName}
        />
        <TextField
          name="provinceCode"
          defaultValue={typed.provinceCode}
          label="Mã tỉnh"
          hint="Chữ cái không dấu, ví dụ: LC"
          errors={errors?.provinceCode}
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-stone-800">Tài khoản quản trị</legend>
        <TextField
          name="displayName"
          defaultValue={typed.displayName}
          label="Họ và tên"
          autoComplete="name"
          errors={errors?.displayName}
        />
        <TextField
          name="username"
          defaultValue={typed.username}
          label="Tên đăng nhập"
          autoComplete="username"
          errors={errors?.username}
        />
        <TextField
          name="password"
          label="Mật khẩu"
          type="password"
          autoComplete="new-password"
          hint="Ít nhất 10 ký tự"
          errors={errors?.password}
        />
        <TextField
          name="passwordConfirm"
          label="Nhập lại mật khẩu"
          type="password"
          autoComplete="new-password"
          errors={errors?.passwordConfirm}
        />
      </fieldset>
      {state && !state.ok && state.formError && (
        <p role="alert" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
          {state.formError}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Đang tạo…" : "Tạo tài khoản quản trị"}
      </button>
    </form>
  );
}
