"use client";

import { FormStatus } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { deleteRegistrationAction } from "./actions";

export function DeleteRegistrationButton({
  registrationId,
  version,
  content,
}: {
  registrationId: string;
  version: number;
  content: string;
}) {
  const { state, pending, onSubmit } = useKeptForm(deleteRegistrationAction);
  return (
    <form
      onSubmit={(event) => {
        if (!window.confirm(`Xóa đăng ký “${content}”?`)) return event.preventDefault();
        onSubmit(event);
      }}
    >
      <input type="hidden" name="registrationId" value={registrationId} />
      <input type="hidden" name="version" value={version} />
      <button
        type="submit"
        disabled={pending}
        className="text-sm text-brand-800 underline disabled:opacity-50"
      >
        {pending ? "Đang xóa…" : "Xóa"}
      </button>
      <FormStatus state={state && !state.ok ? state : null} />
    </form>
  );
}
